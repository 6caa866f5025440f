import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204164628 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "baloan_loan" drop constraint if exists "baloan_loan_loan_application_ref_unique";`
    )
    this.addSql(
      `create table if not exists "baloan_loan" ("id" text not null, "loan_application_ref" text null, "payment_session_id" text null, "cart_id" text null, "amount_rials" numeric not null, "currency_code" text not null, "number_of_repayments" integer not null, "national_code_masked" text null, "gateway_status" text null, "state" text check ("state" in ('created', 'awaiting_customer', 'established', 'refused', 'expired', 'canceled', 'pending')) not null default 'created', "approval_request_id" text null, "approval_requested_at" timestamptz null, "settled_at" timestamptz null, "canceled_at" timestamptz null, "cancel_requested_at" timestamptz null, "cancel_reason" text null, "last_synced_at" timestamptz null, "sync_failures" integer not null default 0, "outcome_unknown" text check ("outcome_unknown" in ('create', 'settlement')) null, "gateway_record" jsonb null, "raw_amount_rials" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "baloan_loan_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_baloan_loan_deleted_at" ON "baloan_loan" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_baloan_loan_loan_application_ref_unique" ON "baloan_loan" ("loan_application_ref") WHERE loan_application_ref IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_baloan_loan_payment_session_id" ON "baloan_loan" ("payment_session_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_baloan_loan_state" ON "baloan_loan" ("state") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "baloan_loan_event" ("id" text not null, "source" text check ("source" in ('storefront', 'provider', 'poller', 'admin', 'subscriber')) not null, "from_status" text null, "to_status" text null, "from_state" text null, "to_state" text null, "note" text null, "loan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "baloan_loan_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_baloan_loan_event_loan_id" ON "baloan_loan_event" ("loan_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_baloan_loan_event_deleted_at" ON "baloan_loan_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "baloan_loan_event" add constraint "baloan_loan_event_loan_id_foreign" foreign key ("loan_id") references "baloan_loan" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "baloan_loan_event" drop constraint if exists "baloan_loan_event_loan_id_foreign";`
    )

    this.addSql(`drop table if exists "baloan_loan" cascade;`)

    this.addSql(`drop table if exists "baloan_loan_event" cascade;`)
  }
}
