ALTER TABLE "sources" ADD COLUMN "text_fingerprint" text;--> statement-breakpoint
CREATE INDEX "sources_text_fingerprint_idx" ON "sources" USING btree ("text_fingerprint");