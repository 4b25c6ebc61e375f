// A catalog the evaluation articles link to (three initiatives, two actors, with their aliases), for the ingestion
// integration tests, and article inputs made from the evaluation set with a unique URL per call.
import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { createActor, createInitiative } from "@/db/factories";
import { aliases } from "@/db/schema";
import { article as en01 } from "@/lib/ingest/eval/articles/en-01-ai-centre-nanning";
import { article as zh01 } from "@/lib/ingest/eval/articles/zh-01-ai-summit";
import type { EvalArticle } from "@/lib/ingest/eval/types";
import type { ArticleInput } from "../schemas";

export const AI_CENTRE = "china-asean-ai-innovation-cooperation-center";
export const LAOS_CENTRE = "china-laos-ai-innovation-cooperation-center";
export const EXPO = "caexpo-digital-ai-themes";

export async function addCatalog(db: Db): Promise<void> {
  await createInitiative(db, {
    slug: AI_CENTRE,
    name: "China-ASEAN AI Innovation Cooperation Center",
    status: "in-progress",
    aliases: [
      { name: "中国—东盟人工智能创新合作中心", language: "zh" },
      { name: "China-ASEAN-Kooperationszentrum für künstliche Intelligenz", language: "de" },
    ],
  });
  await createInitiative(db, { slug: LAOS_CENTRE, name: "China-Laos AI Innovation Cooperation Center", status: "agreed" });
  await createInitiative(db, {
    slug: EXPO,
    name: "China-ASEAN Expo digital and AI themes",
    status: "operational",
    aliases: [
      { name: "CAEXPO", language: "en" },
      { name: "China-ASEAN Expo", language: "en" },
      { name: "中国—东盟博览会", language: "zh" },
    ],
  });
  const huawei = await createActor(db, { slug: "huawei", name: "Huawei Technologies", kind: "company", countryCode: "CN" });
  await db.insert(aliases).values([{ actorId: huawei.id, name: "Huawei", language: "en" }, { actorId: huawei.id, name: "华为", language: "zh" }]);
  await createActor(db, { slug: "miit", name: "Ministry of Industry and Information Technology", kind: "ministry", countryCode: "CN" });
}

export const uniqueUrl = () => `https://news.example.org/ingest-${randomBytes(5).toString("hex")}?utm_source=feed`;

export function articleFrom(article: EvalArticle, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    text: article.text,
    title: article.title,
    publisher: "Xinhua",
    url: uniqueUrl(),
    publishedOn: article.publishedOn,
    sourceType: "state-media",
    ...overrides,
  };
}

export { en01, zh01 };
