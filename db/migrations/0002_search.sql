CREATE TABLE "initiative_search" (
	"initiative_id" integer PRIMARY KEY NOT NULL,
	"names" text NOT NULL,
	"body" text NOT NULL,
	"document" "tsvector" NOT NULL,
	"last_evidence_on" date,
	"evidence_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(publisher, '')), 'A') || to_tsvector('english', coalesce(full_text, '')) || to_tsvector('german', coalesce(full_text, '')) || to_tsvector('simple', coalesce(full_text, ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "initiative_search" ADD CONSTRAINT "initiative_search_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_search_document_idx" ON "initiative_search" USING gin ("document");--> statement-breakpoint
CREATE INDEX "initiative_search_names_trgm_idx" ON "initiative_search" USING gin ("names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "initiative_search_last_evidence_idx" ON "initiative_search" USING btree ("last_evidence_on");--> statement-breakpoint
CREATE INDEX "sources_search_idx" ON "sources" USING gin ("search_vector");