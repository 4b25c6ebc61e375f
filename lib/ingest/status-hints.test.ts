import { describe, expect, it } from "vitest";
import { guessMilestoneKind } from "./milestone-hints";
import { isBackwards, proposeStatusChange, reportedStatus, statusImpliedBy } from "./status-hints";

const reported = (sentence: string, isPlanned = false) => reportedStatus(guessMilestoneKind(sentence), sentence, isPlanned);

describe("the status an event reports", () => {
  it.each([
    ["en", "China and Laos signed the agreement on 2 April 2025.", "agreed"],
    ["en", "Construction began on 3 March 2025 in Johor.", "in-progress"],
    ["en", "The operator switched on new capacity on the cable on 9 May 2025.", "operational"],
    ["en", "The Asia Direct Cable entered commercial service on 16 June 2025.", "operational"],
    ["en", "The landing was completed in March 2025.", "completed"],
    ["en", "The project was cancelled in 2024.", "cancelled"],
    ["en", "The proposal was withdrawn in 2023.", "cancelled"],
    ["en", "In 2021 the meeting was replaced by the ministers' dialogue.", "superseded"],
    ["de", "Am 2. April 2025 unterzeichneten beide Seiten das Abkommen.", "agreed"],
    ["de", "Der Spatenstich erfolgte im März 2025.", "in-progress"],
    ["de", "Das Kabel ist seit dem 9. Mai 2025 in Betrieb.", "operational"],
    ["de", "Das Projekt wurde 2024 abgesagt.", "cancelled"],
    ["de", "Das Treffen wurde 2021 durch den Ministerdialog abgelöst.", "superseded"],
    ["zh", "双方于2025年4月2日签署合作协议。", "agreed"],
    ["zh", "项目于2025年3月开工。", "in-progress"],
    ["zh", "该海缆于2025年5月9日正式投入使用。", "operational"],
    ["zh", "该项目于2024年被取消。", "cancelled"],
    ["zh", "该会议于2021年被数字部长会议取代。", "superseded"],
    ["vi", "Tuyến cáp chính thức đi vào hoạt động ngày 9 tháng 5 năm 2025.", "operational"],
    ["vi", "Hai bên đã ký kết thỏa thuận ngày 2/4/2025.", "agreed"],
    ["vi", "Dự án khởi công vào tháng 3 năm 2025.", "in-progress"],
    ["th", "เคเบิลเปิดให้บริการเมื่อวันที่ 9 พฤษภาคม 2568", "operational"],
    ["th", "ทั้งสองฝ่ายลงนามในข้อตกลงเมื่อ 2 เมษายน 2568", "agreed"],
    ["id", "Kabel itu mulai beroperasi pada 9 Mei 2025.", "operational"],
    ["id", "Proyek tersebut dibatalkan pada 2024.", "cancelled"],
    ["ms", "Pusat data itu mula beroperasi pada 9 Mei 2025.", "operational"],
  ])("%s: %s → %s", (_lang, sentence, status) => {
    expect(reported(sentence)).toBe(status);
  });

  it.each([
    ["en", "Ministers met in Bangkok on 2 April 2025."],
    ["de", "Die Minister trafen sich am 2. April 2025 in Bangkok."],
    ["zh", "双方于2025年4月2日在曼谷举行会谈。"],
    ["vi", "Các bộ trưởng đã gặp nhau tại Bangkok ngày 2/4/2025."],
    ["th", "รัฐมนตรีพบกันที่กรุงเทพฯ เมื่อวันที่ 2 เมษายน 2568"],
    ["id", "Para menteri bertemu di Bangkok pada 2 April 2025."],
  ])("%s: a vague event proposes nothing: %s", (_lang, sentence) => {
    expect(reported(sentence)).toBeNull();
  });

  it("proposes nothing for a vague event, a plan, a target or a participant leaving", () => {
    expect(guessMilestoneKind("It rained on 2 April 2025.")).toBe("other");
    expect(reported("It rained on 2 April 2025.")).toBeNull();
    expect(reported("The centre was unveiled on 17 September 2025.")).toBeNull();
    expect(reported("The cable will enter service in 2026.")).toBeNull();
    expect(reported("The cable entered service in 2024.", true)).toBeNull();
    expect(reported("ADC's completion had slipped from an original target of late 2023.")).toBeNull();
    expect(reported("The BIS withdrew from the project in October 2024.")).toBeNull();
    expect(reported("该项目计划于2026年投入使用。")).toBeNull();
    expect(reported("Das Kabel soll 2027 in Betrieb gehen.")).toBeNull();
  });

  it("maps only the kinds that name a transition", () => {
    expect(statusImpliedBy("launched")).toBeNull();
    expect(statusImpliedBy("agreed")).toBeNull();
    expect(statusImpliedBy("meeting-held")).toBeNull();
    expect(statusImpliedBy("other")).toBeNull();
    expect(statusImpliedBy("in-service")).toBe("operational");
  });
});

describe("steps backwards", () => {
  it("follow the lifecycle order proposed < agreed < in progress < operational < completed", () => {
    expect(isBackwards("operational", "in-progress")).toBe(true);
    expect(isBackwards("completed", "agreed")).toBe(true);
    expect(isBackwards("agreed", "operational")).toBe(false);
    expect(isBackwards("proposed", "completed")).toBe(false);
  });

  it("treat leaving an end (cancelled, superseded) as backwards, and stalled as a pause at any stage", () => {
    expect(isBackwards("cancelled", "operational")).toBe(true);
    expect(isBackwards("superseded", "agreed")).toBe(true);
    expect(isBackwards("operational", "cancelled")).toBe(false);
    expect(isBackwards("completed", "superseded")).toBe(false);
    expect(isBackwards("cancelled", "superseded")).toBe(false);
    expect(isBackwards("stalled", "agreed")).toBe(false);
    expect(isBackwards("operational", "stalled")).toBe(false);
  });
});

describe("the change proposed from the current status", () => {
  it("is none when the status is already the one reported, or for a signing under an initiative under way", () => {
    expect(proposeStatusChange("in-progress", "construction-started", "Construction began in 2024.", false)).toBeNull();
    expect(proposeStatusChange("operational", "signed", "The centre signed deals with 40 partners in 2024.", false)).toBeNull();
    expect(proposeStatusChange("in-progress", "signed", "The centre signed deals with 40 partners in 2024.", false)).toBeNull();
    expect(proposeStatusChange("proposed", "signed", "The two sides signed the MoU in 2024.", false)).toEqual({ toStatus: "agreed", backwards: false });
  });

  it("reads an agreement as the initiative agreed only while it is proposed, and only when it happened", () => {
    const said = "Malaysia and China have agreed to establish a joint working group on single window cooperation.";
    expect(proposeStatusChange("proposed", "agreed", said, false)).toEqual({ toStatus: "agreed", backwards: false });
    expect(proposeStatusChange("in-progress", "agreed", said, false)).toBeNull();
    expect(proposeStatusChange("proposed", "agreed", said, true)).toBeNull();
    // Held to the rule every event is held to: what was hoped for reports no transition.
    expect(proposeStatusChange("proposed", "agreed", "They agreed that a joint working group would be set up.", false)).toBeNull();
  });

  it("hears 'made operational', 正式开通 and 'chính thức triển khai' as entering service", () => {
    for (const sentence of [
      "On Tuesday the surveillance system was made operational.",
      "中老跨境二维码支付业务正式开通。",
      "NAPAS và UPI chính thức triển khai thanh toán QR xuyên biên giới.",
    ]) {
      expect(proposeStatusChange("in-progress", guessMilestoneKind(sentence), sentence, false), sentence).toEqual({ toStatus: "operational", backwards: false });
    }
  });

  it("flags other steps backwards", () => {
    expect(proposeStatusChange("operational", "construction-started", "Construction began in 2024.", false)).toEqual({ toStatus: "in-progress", backwards: true });
    expect(proposeStatusChange("cancelled", "in-service", "The cable entered service in 2024.", false)).toEqual({ toStatus: "operational", backwards: true });
    expect(proposeStatusChange("superseded", "signed", "The parties signed it again in 2024.", false)).toEqual({ toStatus: "agreed", backwards: true });
  });
});
