import { describe, expect, it } from "vitest";
import { extractCountries } from "./countries";

const codes = (text: string) =>
  extractCountries(text, text)
    .map((c) => c.code)
    .sort();

describe("extractCountries", () => {
  it.each([
    ["Viet Nam and the Lao PDR asked for more time.", ["LA", "VN"]],
    ["Brunei Darussalam and Timor-Leste joined.", ["BN", "TL"]],
    ["越南、老挝和柬埔寨代表出席。", ["KH", "LA", "VN"]],
    ["Die Philippinen und Kambodscha stimmten zu.", ["KH", "PH"]],
    ["Der 2. chinesisch-thailändischen Ministerdialog fand statt.", ["CN", "TH"]],
    ["Thailändische und laotische Behörden wollen Beidou nutzen.", ["LA", "TH"]],
    ["Vietnamese traders sell coffee to Chinese buyers.", ["CN", "VN"]],
    ["The Sino-Vietnamese pilot is the first of its kind.", ["CN", "VN"]],
    ["中方愿与东盟加强合作。", ["CN"]],
    ["Yu Xiaohui, president of the Chinese Academy of Information and Communications Technology", ["CN"]],
    ["Birma, wie Myanmar auch genannt wird, kappt Verbindungen.", ["MM"]],
    ["中泰数字经济合作注入新动力，中老双方计划勘察。", ["CN", "LA", "TH"]],
    ["Singapurs Regierung und Malaysias Behörden", ["MY", "SG"]],
    ["Trung Quốc và Việt Nam ký kết hợp tác với Lào, Campuchia và Thái Lan.", ["CN", "KH", "LA", "TH", "VN"]],
    ["Phi-líp-pin, Xinh-ga-po và Ma-lai-xi-a tham dự.", ["MY", "PH", "SG"]],
    ["Tiongkok dan Indonesia bekerja sama dengan Kamboja dan Singapura.", ["CN", "ID", "KH", "SG"]],
    ["Kerajaan China dan Malaysia menjalin kerjasama dengan Kemboja.", ["CN", "KH", "MY"]],
    ["Nakipagkasundo ang Pilipinas sa Tsina.", ["CN", "PH"]],
    ["จีน–ไทย–เมียนมา ผนึกกำลังปราบขบวนการลวงข้ามชาติ", ["CN", "MM", "TH"]],
    ["นักเรียนจากมาเลเซีย เวียดนาม และสิงคโปร์ได้รับการฝึกอบรม", ["MY", "SG", "VN"]],
    ["กรุงเทพฯ 8 ก.ย. กสทฯ เดินหน้าโครงการเคเบิลใต้น้ำ", ["TH"]],
    ["HANOI, June 3 – Officials met counterparts from Phnom Penh and Vientiane.", ["KH", "LA", "VN"]],
    ["代表团从吉隆坡飞往雅加达。", ["ID", "MY"]],
    ["这一计划包罗万象。", []],
    // Lao, Khmer and Burmese (no spaces between words either).
    ["ສປປ ລາວ ແລະ ຈີນ ລົງນາມຮ່ວມມືກັບຫວຽດນາມ", ["CN", "LA", "VN"]],
    ["កម្ពុជា និងចិន ចុះហត្ថលេខាជាមួយថៃ", ["CN", "KH", "TH"]],
    ["မြန်မာနှင့် တရုတ် ပူးပေါင်းဆောင်ရွက်မည်", ["CN", "MM"]],
    ["မြန်မာ့ ဒီဂျစ်တယ် စီးပွားရေး", ["MM"]],
    // Zawgyi, the older Burmese encoding many sites still use.
    ["ျမန္မာ-တ႐ုတ္နယ္စပ္ ကုန္သြယ္ေရး", ["CN", "MM"]],
    ["ສູນສົ່ງເສີມການຄ້າລາວຈີນ", ["CN", "LA"]],
    ["La Chine et Singapour ont signé avec la Malaisie.", ["CN", "MY", "SG"]],
    ["カンボジアとマレーシア、タイが参加した。", ["KH", "MY", "TH"]],
    ["중국과 베트남이 협력한다", ["CN", "VN"]],
    ["Gần 60 trường từ Trung Quốc, Xin-ga-po tham gia.", ["CN", "SG"]],
  ])("finds the countries in %j", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    "Sengketa di Laut China Selatan terus berlanjut.",
    "ข้อพิพาทในทะเลจีนใต้ยังคงดำเนินต่อไป",
    // Khmer ចិន ("China") begins ចិន្តា ("thought"); Lao ລາວ alone is also "he/she".
    "គាត់មានចិន្តាល្អ",
    "ລາວໄປເຮັດວຽກ",
    "ASEAN countries cannot afford ten rulebooks.",
    "Die ASEAN-Mitglieder und ASEAN-Staaten wollen kooperieren.",
    "东盟国家的政府官员出席。",
    "Officials from the former Indochina states said so.",
    "Cable projects in the South China Sea face scrutiny.",
    "タイトルとタイムを入力する",
  ])("names no country in %j", (text) => {
    expect(codes(text)).toEqual([]);
  });

  describe("reading an article", () => {
    const read = (text: string) =>
      extractCountries(text, text, { article: true })
        .map((c) => c.code)
        .sort();

    it.each([
      ["Huawei opened a data centre in Jakarta.", ["CN", "ID"], ["ID"]],
      ["หัวเว่ยจับมือภาครัฐ", ["CN"], []],
      ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมลงนามความร่วมมือ", ["TH"], []],
      ["Globe Telecom signed a deal.", ["PH"], []],
      ["Officials met in Beijing and Nanning.", ["CN"], []],
    ])("takes a national firm or agency for its country in %j", (text, inArticle, byName) => {
      expect(read(text)).toEqual(inArticle);
      // Not a country's name: search reads queries with the names alone ("Huawei" must not mean China).
      expect(codes(text)).toEqual(byName);
    });

    it("leaves out a country named only as a rival", () => {
      const text =
        "Thailand approved three data-centre projects. The country aims to compete with Singapore and Malaysia for investment.";
      expect(read(text)).toEqual(["TH"]);
      expect(codes(text)).toEqual(["MY", "SG", "TH"]);
    });
  });

  it("does not read 其中泰国 ('among them, Thailand') as China–Thailand", () => {
    expect(codes("东盟国家中，其中泰国最积极。")).toEqual(["TH"]);
  });

  it("gives every occurrence as evidence with exact offsets", () => {
    const text = "China met Laos. Later, China and Laotian officials signed.";
    const [cn, la] = extractCountries(text, text);
    expect(cn?.code).toBe("CN");
    expect(cn?.evidence.map((e) => e.start)).toEqual([0, 23]);
    expect(la?.evidence.map((e) => e.quote)).toEqual(["Laos", "Laotian"]);
    for (const e of [...cn!.evidence, ...la!.evidence]) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });
});
