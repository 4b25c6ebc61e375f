import { describe, expect, it } from "vitest";
import { findChrome, maskSpans } from "./chrome";
import { DOMAIN_TOPIC_THRESHOLD, extractDomains, mentionsDomain } from "./domains";
import { splitSentences } from "./sentences";

function domains(text: string, title?: string) {
  const masked = maskSpans(text, findChrome(text));
  return extractDomains(masked, text, splitSentences(masked), title, []);
}
const topics = (text: string, title?: string) =>
  domains(text, title)
    .filter((d) => d.confidence >= DOMAIN_TOPIC_THRESHOLD)
    .map((d) => d.slug)
    .sort();

describe("domain topics in the region's languages", () => {
  it.each([
    ["Hai bên sẽ xây dựng tuyến cáp quang biển mới nối Việt Nam với Trung Quốc.", ["submarine-cables"]],
    ["Huawei dan Indonesia menandatangani kerja sama pusat data di Batam.", ["data-centres"]],
    ["กสท ลงทุนเคเบิลใต้น้ำ 5 พันล้านบาท", ["submarine-cables"]],
    ["Nilagdaan ng Pilipinas at Tsina ang kasunduan sa 5G.", ["5g"]],
    ["ຈີນ ແລະ ລາວ ຮ່ວມມືດ້ານດາວທຽມ ເພື່ອສົ່ງດາວທຽມດວງໃໝ່", ["satellites"]],
    ["កម្ពុជានិងចិនបើកមជ្ឈមណ្ឌលទិន្នន័យថ្មី", ["data-centres"]],
    ["မြန်မာနှင့် တရုတ် ဉာဏ်ရည်တု နည်းပညာ", ["ai"]],
  ])("%j → %j", (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });

  it("reads a list of areas as a list in Vietnamese and Indonesian", () => {
    expect(topics("Các lĩnh vực gồm trí tuệ nhân tạo, điện toán đám mây và thương mại điện tử.")).toEqual([]);
    expect(topics("Bidang itu meliputi kecerdasan buatan, komputasi awan, dan perdagangan digital.")).toEqual([]);
  });
});

describe("domain terms", () => {
  it.each([
    ["KI und künstliche Intelligenz", "ai"],
    ["人工智能", "ai"],
    ["Unterseekabelverband", "submarine-cables"],
    ["海底光缆", "submarine-cables"],
    ["a new submarine cable", "submarine-cables"],
    ["Rechenzentren", "data-centres"],
    ["data center and data centre", "data-centres"],
    ["数据中心", "data-centres"],
    ["5G-Netze", "5g"],
    ["Cloud-Computing", "cloud"],
    ["云计算", "cloud"],
    ["Internet der Dinge", "iot"],
    ["物联网", "iot"],
    ["算力", "computing-power"],
    ["computing power", "computing-power"],
    ["cross-border e-commerce", "digital-trade"],
    ["跨境电商", "digital-trade"],
    ["den digitalen Handel", "digital-trade"],
    ["cybersecurity", "cybersecurity"],
    ["网络安全", "cybersecurity"],
    ["data governance", "cybersecurity"],
    ["Datenschutz", "cybersecurity"],
    ["smart city", "smart-cities"],
    ["tuyến cáp quang biển", "submarine-cables"],
    ["trí tuệ nhân tạo", "ai"],
    ["trung tâm dữ liệu", "data-centres"],
    ["thương mại điện tử", "digital-trade"],
    ["kabel bawah laut", "submarine-cables"],
    ["kecerdasan buatan", "ai"],
    ["pusat data", "data-centres"],
    ["keamanan siber", "cybersecurity"],
    ["keselamatan siber", "cybersecurity"],
    ["pembayaran digital", "digital-payments"],
    ["kable sa ilalim ng dagat", "submarine-cables"],
    ["เคเบิลใต้น้ำ", "submarine-cables"],
    ["ปัญญาประดิษฐ์", "ai"],
    ["เทคโนโลยีAIของจีน", "ai"],
    ["อาชญากรรมไซเบอร์", "cybersecurity"],
    ["ดาวเทียม", "satellites"],
    ["智慧城市", "smart-cities"],
    ["digitale Fachkräfte und Talente", "digital-skills"],
    ["数字人才", "digital-skills"],
    ["mobile payment", "digital-payments"],
    ["QR codes", "digital-payments"],
    ["CBDC", "digital-payments"],
    ["数字货币", "digital-payments"],
    ["BeiDou", "satellites"],
    ["北斗", "satellites"],
    ["satellite", "satellites"],
    ["terrestrische optische Kabel", "terrestrial-cables"],
    ["cross-border optical cables", "terrestrial-cables"],
    ["陆缆和跨境光缆", "terrestrial-cables"],
    ["双方将共建5G网络", "5g"],
    ["推动AI应用落地", "ai"],
    ["Ein neues Unterwasserkabel", "submarine-cables"],
    ["un nouveau câble sous-marin", "submarine-cables"],
    ["海底ケーブルの敷設", "submarine-cables"],
    ["위성원격탐사 센터", "satellites"],
    ["police installed surveillance cameras downtown", "smart-cities"],
    ["a crackdown on online scams", "cybersecurity"],
    ["打击电信诈骗", "cybersecurity"],
    ["trấn áp tội phạm lừa đảo", "cybersecurity"],
    ["trade settled in local currencies", "digital-payments"],
    ["扩大本币结算", "digital-payments"],
    ["Chinese and Thai vocational schools", "digital-skills"],
    ["China applied to join DEPA", "digital-trade"],
  ])("%j names %s", (text, slug) => {
    expect(mentionsDomain(text)).toContain(slug);
  });

  it("does not read 'AI' inside words or the modal 'cloud' of other words", () => {
    expect(mentionsDomain("The MAIN road in Thailand")).toEqual([]);
    expect(mentionsDomain("Yunnan province (云南)")).toEqual([]);
    expect(mentionsDomain("OpenAI and 25G")).toEqual([]);
  });

  it("does not take stock phrases for digital skills", () => {
    expect(mentionsDomain("space capacity building")).toEqual([]);
    expect(mentionsDomain("空间能力建设")).toEqual([]);
    expect(mentionsDomain("pagbabahagi ng pinakamahuhusay na kasanayan")).toEqual([]);
  });

  it("does not read a hint as a domain's name", () => {
    expect(mentionsDomain("digital economy")).toEqual([]);
  });
});

describe("domain confidence", () => {
  it("keeps a domain named only in an enumeration below the threshold", () => {
    const text =
      "China will cooperate with ASEAN on artificial intelligence governance. AI centres will be built. " +
      "Other areas include 5G, cloud computing, data centres and the Internet of Things.";
    expect(topics(text)).toEqual(["ai"]);
    const iot = domains(text).find((d) => d.slug === "iot");
    expect(iot?.confidence).toBeLessThan(DOMAIN_TOPIC_THRESHOLD);
  });

  it("keeps a background mention below the threshold but counts a reported activity", () => {
    const background =
      "The cable entered service. It links four countries. Operators say demand is driven by the growth of AI workloads.";
    expect(topics(background)).not.toContain("ai");
    expect(
      topics("Ein Hinweis vorab. Noch einer. Laotische Techniker sollen ab Januar in China geschult werden."),
    ).toEqual(["digital-skills"]);
  });

  it("raises confidence for title and lead mentions", () => {
    const body = "Officials met on Tuesday. Later the talks turned to trade. Critics mentioned satellites once.";
    const plain = domains(body).find((d) => d.slug === "satellites")!.confidence;
    const titled = domains(body, "BeiDou satellites for Laos").find((d) => d.slug === "satellites")!.confidence;
    expect(titled).toBeGreaterThan(plain);
    expect(titled).toBeLessThanOrEqual(1);
    expect(plain).toBeGreaterThan(0);
  });

  it("makes a topic of a hint only when it runs through the article", () => {
    const once = "Officials met in Hanoi. They signed a port deal. Both sides will deepen the digital economy.";
    expect(topics(once)).toEqual([]);
    const throughout =
      "The two sides will deepen digital economy ties. Officials met in Hanoi. The digital economy will grow by a " +
      "fifth, the minister said. Both plan a digital economy working group.";
    expect(topics(throughout)).toEqual(["digital-trade"]);
    expect(topics("Officials met. They spoke. The Ministry of Digital Economy and Society will host it.")).toEqual([]);
  });

  it("ignores domains named only in page chrome", () => {
    expect(domains("China and Laos met.\nSchlagworte: KI, Cloud-Computing, 5G")).toEqual([]);
  });
});
