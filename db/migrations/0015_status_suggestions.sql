-- Status-change suggestions (issue 15), and the event kinds that imply a transition but had none: cancelled or
-- withdrawn, replaced. The migrators apply all pending migrations in one transaction; ADD VALUE is allowed there
-- (PostgreSQL 12+, PGlite) provided the new values are not used in that same transaction, so no statement here, nor
-- in a later migration that could be applied in the same run, may use them (a data migration needs its own run).
ALTER TYPE "public"."milestone_kind" ADD VALUE 'cancelled' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."milestone_kind" ADD VALUE 'superseded' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."suggestion_kind" ADD VALUE 'status-change';
