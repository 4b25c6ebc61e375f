import { describe, expect, it } from "vitest";
import { findChrome, maskSpans } from "./chrome";
import { extractEvents } from "./dates";
import { splitSentences } from "./sentences";

function events(text: string, publishedOn?: string) {
  const masked = maskSpans(text, findChrome(text));
  return extractEvents(masked, text, splitSentences(masked), publishedOn);
}
// prettier-ignore
const dates = (text: string, publishedOn?: string) =>
  events(text, publishedOn).map((e) => `${e.date} ${e.precision}${e.resolved ? " resolved" : ""}`);

describe("absolute dates", () => {
  it.each([
    ["The cable entered service on 22 January 2025.", "2025-01-22 day"],
    ["It was signed on January 22, 2025 in Bangkok.", "2025-01-22 day"],
    ["Negotiators met on 6-8 October 2025.", "2025-10-06 day"],
    ["Die Vereinbarung wurde am 22.01.2025 unterzeichnet.", "2025-01-22 day"],
    ["Die Vereinbarung wurde am 22. Januar 2025 unterzeichnet.", "2025-01-22 day"],
    ["双方于2025年1月22日签署协议。", "2025-01-22 day"],
    ["The final round is scheduled for January 2025.", "2025-01 month"],
    ["Eine Studie vom Mai 2025 warnt davor.", "2025-05 month"],
    ["2025年1月，双方召开会议。", "2025-01 month"],
    ["The cable is due in Q3 2025.", "2025-Q3 quarter"],
    ["It is due in the third quarter of 2025.", "2025-Q3 quarter"],
    ["Der Betrieb beginnt im 3. Quartal 2025.", "2025-Q3 quarter"],
    ["Der Betrieb beginnt im dritten Quartal 2025.", "2025-Q3 quarter"],
    ["中心计划于2025年第三季度上线。", "2025-Q3 quarter"],
    ["The plan runs until the end of 2025.", "2025-Q4 quarter"],
    ["Bis Ende 2025 soll alles fertig sein.", "2025-Q4 quarter"],
    ["截至2025年底，已建成12条陆缆。", "2025-Q4 quarter"],
    ["The next dialogue will take place in 2026.", "2026 year"],
    ["China will die Zusammenarbeit im Jahr 2025 vertiefen.", "2025 year"],
    ["Das Zentrum wurde 2019 eröffnet.", "2019 year"],
  ])("%j → %s", (text, expected) => {
    expect(dates(text, "2025-06-15")).toEqual([expected]);
  });

  it("treats year ranges and recurring dates as no event", () => {
    expect(dates("Nach einem Moratorium von 2019 bis 2022 und dem Plan (2021-2025) …")).toEqual([]);
    expect(dates("Die Messe findet jedes Jahr im September statt.", "2025-06-15")).toEqual([]);
  });
});

describe("dates in Vietnamese, Thai, Lao, Khmer, Burmese, Indonesian, Malay and Filipino", () => {
  it.each([
    ["Hai bên ký kết thỏa thuận ngày 24 tháng 5 năm 2026 tại Hà Nội.", "2026-05-24 day"],
    ["Tuyến cáp khai trương ngày 24/5/2026.", "2026-05-24 day"],
    ["Dự án hoàn thành vào tháng 5/2026.", "2026-05 month"],
    ["Dự án hoàn thành vào tháng 5 năm 2026.", "2026-05 month"],
    ["Trung tâm sẽ đi vào hoạt động trong quý III/2025.", "2025-Q3 quarter"],
    ["Hợp tác được đẩy mạnh từ năm 2021.", "2021 year"],
    ["Kedua pihak menandatangani nota kesepahaman pada 24 Mei 2026.", "2026-05-24 day"],
    ["Perjanjian itu ditandatangani pada 24 Mac 2026 di Kuala Lumpur.", "2026-03-24 day"],
    ["Pusat data itu beroperasi sejak Agustus 2024.", "2024-08 month"],
    ["Proyek ini dimulai pada tahun 2023.", "2023 year"],
    ["Pertemuan di Kantor Kementerian Komdigi, Selasa (25/03/2025).", "2025-03-25 day"],
    ["mengutip keterangan resmi BI, Kamis (11/9/2025).", "2025-09-11 day"],
    ["Nilagdaan ang kasunduan noong Mayo 24, 2026.", "2026-05-24 day"],
    ["Inilunsad ang proyekto noong 2018.", "2018 year"],
    ["ลงนามเมื่อวันที่ 24 พฤษภาคม 2569 ที่กรุงเทพฯ", "2026-05-24 day"],
    ["ลงนามเมื่อวันที่ ๒๔ พฤษภาคม ๒๕๖๙ ที่กรุงเทพฯ", "2026-05-24 day"],
    ["ครม. มีมติเมื่อวันที่ 1 ก.ย. 2563", "2020-09-01 day"],
    ["การประชุมเมื่อ 24 พ.ค. 69", "2026-05-24 day"],
    ["งานฉลองปีแห่งความร่วมมือ ค.ศ. 2020", "2020 year"],
    ["โครงการเริ่มในเดือนพฤษภาคม 2569", "2026-05 month"],
    ["ສອງຝ່າຍລົງນາມໃນວັນທີ 24 ພຶດສະພາ 2026 ທີ່ນະຄອນຫຼວງວຽງຈັນ", "2026-05-24 day"],
    ["ໂຄງການເລີ່ມໃນເດືອນມີນາ ປີ 2025", "2025-03 month"],
    ["ភាគីទាំងពីរបានចុះហត្ថលេខានៅថ្ងៃទី២៤ ខែឧសភា ឆ្នាំ២០២៦", "2026-05-24 day"],
    ["គម្រោងចាប់ផ្ដើមនៅខែមីនា ឆ្នាំ២០២៥", "2025-03 month"],
    ["၂၀၂၆ ခုနှစ် မေလ ၂၄ ရက်တွင် လက်မှတ်ရေးထိုးခဲ့သည်", "2026-05-24 day"],
    ["၂၀၂၅ ခုနှစ် မတ်လတွင် စတင်ခဲ့သည်", "2025-03 month"],
  ])("%j → %s", (text, expected) => {
    expect(dates(text, "2026-06-15")).toEqual([expected]);
  });

  it.each([
    ["Lễ khởi công diễn ra ngày 24 tháng 5.", "2026-05-24 day resolved"],
    ["Lễ khởi công diễn ra ngày 24/5.", "2026-05-24 day resolved"],
    ["Buổi làm việc diễn ra chiều 14/1 tại Hà Nội.", "2026-01-14 day resolved"],
    ["Ngày 2-3, hai bên công bố kết nối thanh toán.", "2026-03-02 day resolved"],
    ["Hội nghị được tổ chức vào tháng 5.", "2026-05 month resolved"],
    ["Forum itu berlangsung pada 24 Mei.", "2026-05-24 day resolved"],
    ["ในวันที่ 31 ตุลาคม เจ้าหน้าที่ไทยและจีนเข้าร่วมพิธี", "2025-10-31 day resolved"],
  ])("%j → %s (year from the article date)", (text, expected) => {
    expect(dates(text, "2026-06-15")).toEqual([expected]);
  });

  it("keeps the modal and month-free words of these languages undated", () => {
    expect(dates("Dự án kéo dài 3 tháng và trị giá 5 tỷ đồng.", "2026-06-15")).toEqual([]);
    expect(dates("Diễn đàn diễn ra ngày 2-3 tháng 12.", "2026-06-15")).not.toContain("2026-03-02 day resolved");
    expect(dates("Mereka akan bertemu lagi bulan depan di Mac Donald's.", "2026-06-15")).toEqual([]);
  });
});

describe("relative and year-less dates", () => {
  // 2025-01-22 is a Wednesday.
  const pub = "2025-01-22";
  it.each([
    ["The link was first piloted last November.", "2024-11 month resolved"],
    ["The meetings took place last week in Thailand.", "2025-01 month resolved"],
    ["Die Treffen fanden letzte Woche in Thailand statt.", "2025-01 month resolved"],
    ["Die Absichtserklärung wurde am Dienstag unterzeichnet.", "2025-01-21 day resolved"],
    ["The central bank said yesterday that it agreed.", "2025-01-21 day resolved"],
    ["上周，中越双方举行竣工仪式。", "2025-01 month resolved"],
    ["上周二，双方签署协议。", "2025-01-14 day resolved"],
    ["中心自去年11月揭牌以来发展迅速。", "2024-11 month resolved"],
    ["今年6月12日，双方达成共识。", "2025-06-12 day resolved"],
    ["12月20日，双方举办论坛。", "2024-12-20 day resolved"],
    ["“Kami siap bekerja sama,” kata Meutya, Selasa, (21/01).", "2025-01-21 day resolved"],
    ["The lane will open in the second quarter of next year.", "2026-Q2 quarter resolved"],
    ["Der Start ist für das dritte Quartal des kommenden Jahres geplant.", "2026-Q3 quarter resolved"],
    ["Officials agreed on December 12 to start trials.", "2024-12-12 day resolved"],
    ["Bis Ende des Jahres sollen 500 Firmen dort sein.", "2025-Q4 quarter resolved"],
    ["Earlier this month, the two sides agreed to share data.", "2025-01 month resolved"],
  ])("%j → %s", (text, expected) => {
    expect(dates(text, pub)).toContain(expected);
  });

  it("reads a planned year-less date as lying ahead", () => {
    expect(dates("The forum will be held on 12 June.", "2025-01-22")).toEqual(["2025-06-12 day resolved"]);
    expect(dates("The forum was held on 12 December.", "2025-01-22")).toEqual(["2024-12-12 day resolved"]);
  });

  it("takes the year of a year-less date from an explicit date just before it", () => {
    expect(dates("2023年9月，双方发表联合声明。11月22日，双方又举办了论坛。", "2025-02-12")).toEqual([
      "2023-09 month",
      "2023-11-22 day resolved",
    ]);
    expect(dates("2021年1月，会议同意深化合作。同年11月，双方宣布建立伙伴关系。", "2025-02-12")).toContain(
      "2021-11 month resolved",
    );
    expect(dates("The 2nd dialogue was held on 17 January 2025, a day after ADGMIN ended the previous day.")).toContain(
      "2025-01-16 day resolved",
    );
  });

  it("reads plans per clause, so a reporting clause keeps a bare weekday in the past", () => {
    // 2025-05-14 is a Wednesday.
    expect(dates("Alibaba plans a fourth centre, the company said on Monday.", "2025-05-14")).toEqual([
      "2025-05-12 day resolved",
    ]);
    expect(dates("The next round will be held on Monday.", "2025-05-14")).toEqual(["2025-05-19 day resolved"]);
  });

  it("resolves 'within the year', anaphoric years and day shifts", () => {
    expect(dates("中心将在年内建成跨境支付平台。", "2025-04-23")).toEqual(["2025 year resolved"]);
    expect(dates("The final round is in January 2026, with signature later that year.")).toEqual([
      "2026-01 month",
      "2026 year resolved",
    ]);
    expect(dates("Talks opened on 3 March 2025 and an accord followed the following day.")).toContain(
      "2025-03-04 day resolved",
    );
  });

  it("drops days that do not exist", () => {
    expect(dates("今年2月30日，双方签约。", "2025-02-12")).toEqual([]);
  });

  it("drops relative dates when the article date is unknown", () => {
    expect(dates("The meetings took place last week.")).toEqual([]);
  });
});

describe("event text and chrome", () => {
  it("uses the sentence containing the date as the event text, with the date as evidence", () => {
    const text =
      "China und ASEAN trafen sich. Die Gespräche fanden am 22. Januar 2025 in Bangkok statt. Danach folgte mehr.";
    const [event] = events(text);
    expect(event?.text).toBe("Die Gespräche fanden am 22. Januar 2025 in Bangkok statt.");
    expect(event?.evidence[0]).toEqual({
      quote: "22. Januar 2025",
      start: text.indexOf("22."),
      end: text.indexOf("22.") + 15,
    });
    expect(event?.resolved).toBe(false);
  });

  it("ignores datelines, bylines and publication lines", () => {
    const text = [
      "german.china.org.cn  |",
      "22.01.2025",
      "By Priya Raman | 20 June 2025",
      "Updated: 2025-01-22 10:30",
      "NANNING, Sept. 18 (Xinhua) -- China and ASEAN unveiled a centre.",
      "新华社南宁9月17日电（记者 黄耀漫）峰会开幕。",
    ].join("\n");
    expect(events(text, "2025-09-18")).toEqual([]);
  });
});
