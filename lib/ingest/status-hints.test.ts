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

describe("what the words around the cue say", () => {
  it.each([
    ["en", "On Tuesday the system was switched on, and officers will staff it.", "operational"],
    ["en", "The ministry switched them on in May 2025.", "operational"],
    ["en", "The payment link went live on 3 March 2025.", "operational"],
    ["en", "The data centre was under construction in 2024.", "in-progress"],
    ["zh", "该项目于2025年3月动工。", "in-progress"],
    ["zh", "数据中心于2025年建成投用。", "operational"],
    ["zh", "该协议于2025年4月签署，确认将扩大合作。", "agreed"],
    ["vi", "Trung tâm dữ liệu được đưa vào hoạt động năm 2025.", "operational"],
    ["th", "ทั้งสองฝ่ายเซ็นสัญญาเมื่อ 2 เมษายน 2568", "agreed"],
    ["id", "Nota kesepahaman itu ditandatangani pada 2 April 2025.", "agreed"],
    ["ms", "Pusat data itu siap dibina pada Mei 2025.", "completed"],
  ])("%s: reads a report: %s → %s", (_lang, sentence, status) => {
    expect(reported(sentence)).toBe(status);
  });

  it.each([
    ["en", "The groundbreaking will be held next week."],
    ["en", "Once completed, the cable links three countries."],
    ["en", "The cable has not entered service."],
    ["vi", "Theo kế hoạch, năm 2026 hai bên sẽ hoàn tất kết nối."],
    ["vi", "Tuyến cáp dự kiến đi vào hoạt động năm 2026."],
    ["vi", "Tuyến cáp chưa đi vào hoạt động."],
    ["th", "ศูนย์ข้อมูลจะเปิดให้บริการในปี 2569"],
    ["id", "Pusat data ini akan mulai beroperasi pada 2026."],
    ["id", "Sistem ini ditargetkan resmi beroperasi pada akhir 2025."],
    ["ms", "Pusat data itu dijangka mula beroperasi pada 2026."],
  ])("%s: a plan, a condition or a negation reports nothing: %s", (_lang, sentence) => {
    expect(reported(sentence)).toBeNull();
  });

  it.each([
    ["en", "China has built 34 workshops since 2016."],
    ["en", "The operator completed more than 1,500 towers in October."],
    ["en", "The first phase of the campus was completed in 2024."],
    ["en", "Officials announced the successful completion of negotiations in May."],
    ["zh", "中国已在多国建成34个培训中心。"],
    ["zh", "今年9月，项目完成无人车试运行。"],
    ["zh", "项目一期工程于2024年竣工。"],
    ["vi", "Dự án hoàn thành giai đoạn 1 vào năm 2024."],
    ["th", "โครงการระยะที่ 1 แล้วเสร็จในปี 2567"],
    ["id", "Tahap pertama proyek itu rampung pada 2024."],
  ])("%s: a part finished is not the initiative completed: %s", (_lang, sentence) => {
    expect(reported(sentence)).toBeNull();
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

  it("reads no completion of an initiative in service, and no step back from work on a part of it", () => {
    expect(proposeStatusChange("operational", "completed", "The facility was completed in record time.", false)).toBeNull();
    expect(proposeStatusChange("in-progress", "completed", "The facility was completed in record time.", false)).toEqual({ toStatus: "completed", backwards: false });
    expect(proposeStatusChange("operational", "construction-started", "Construction of the second phase began in 2024.", false)).toBeNull();
    expect(proposeStatusChange("operational", "construction-started", "二期扩建工程于2024年开工。", false)).toBeNull();
  });

  it("flags other steps backwards", () => {
    expect(proposeStatusChange("operational", "construction-started", "Construction began in 2024.", false)).toEqual({ toStatus: "in-progress", backwards: true });
    expect(proposeStatusChange("cancelled", "in-service", "The cable entered service in 2024.", false)).toEqual({ toStatus: "operational", backwards: true });
    expect(proposeStatusChange("superseded", "signed", "The parties signed it again in 2024.", false)).toEqual({ toStatus: "agreed", backwards: true });
  });
});
