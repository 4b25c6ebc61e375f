CREATE INDEX "initiatives_superseded_by_idx" ON "initiatives" USING btree ("superseded_by_id");--> statement-breakpoint
CREATE INDEX "milestones_occurred_idx" ON "milestones" USING btree ("occurred_on","id");--> statement-breakpoint
CREATE INDEX "status_changes_effective_idx" ON "status_changes" USING btree ("effective_on","id");