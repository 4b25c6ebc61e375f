import type { ActorKind } from "@/lib/vocabulary/misc";

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  ministry: "Ministry",
  agency: "Agency",
  company: "Company",
  person: "Person",
  organisation: "Organisation",
  forum: "Forum",
};

export const ACTOR_KIND_PLURALS: Record<ActorKind, string> = {
  ministry: "Ministries",
  agency: "Agencies",
  company: "Companies",
  person: "People",
  organisation: "Organisations",
  forum: "Forums",
};
