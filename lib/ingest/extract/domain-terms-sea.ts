// Domain terms in Vietnamese, Indonesian, Malay, Filipino (latin: regex fragments matched case-insensitively from
// a word start to a word end, like DOMAIN_TERMS.latin) and in Thai, Lao, Khmer and Burmese (unspaced: matched
// anywhere, since those scripts put no spaces between words). Regional press often uses the English term ("cloud",
// "data center", "5G"), which DOMAIN_TERMS already covers; the Lao, Khmer and Burmese lists hold only the common
// terms for each domain (no evaluation articles in those languages yet). An English acronym glued to a Thai word
// ("เทคโนโลยีAI") is found by DOMAIN_TERMS (domains.ts: only Latin letters continue a Latin word).
import type { DomainSlug } from "@/lib/vocabulary/domains";

export type SeaDomainTerms = { latin: string[]; unspaced: string[] };

// prettier-ignore
export const SEA_DOMAIN_TERMS: Record<DomainSlug, SeaDomainTerms> = {
  "5g": { latin: ["mạng 5G", "jaringan 5G", "rangkaian 5G"], unspaced: ["5จี", "ไฟว์จี"] },
  ai: {
    latin: ["trí tuệ nhân tạo", "kecerdasan buatan", "kecerdasan artifisial", "akal imitasi"],
    unspaced: ["ปัญญาประดิษฐ์", "เอไอ", "ປັນຍາປະດິດ", "បញ្ញាសិប្បនិម្មិត", "ဉာဏ်ရည်တု"],
  },
  cloud: {
    latin: ["điện toán đám mây", "đám mây", "komputasi awan", "pengkomputeran awan", "layanan awan"],
    unspaced: ["คลาวด์", "ระบบคลาวด์"],
  },
  "data-centres": {
    latin: ["trung tâm dữ liệu", "pusat data", "pusat-pusat data"],
    unspaced: ["ศูนย์ข้อมูล", "ดาต้าเซ็นเตอร์", "ศูนย์ดาต้า", "ສູນຂໍ້ມູນ", "មជ្ឈមណ្ឌលទិន្នន័យ", "ဒေတာစင်တာ"],
  },
  "computing-power": {
    latin: ["năng lực tính toán", "sức mạnh tính toán", "daya komputasi", "kapasitas komputasi", "kuasa pengkomputeran"],
    unspaced: ["พลังการประมวลผล", "ขีดความสามารถในการประมวลผล", "ซูเปอร์คอมพิวเตอร์"],
  },
  "submarine-cables": {
    latin: [
      "cáp quang biển", "cáp quang dưới biển", "cáp ngầm dưới biển", "cáp biển", "tuyến cáp quang biển",
      "kabel bawah laut", "kabel laut", "kabel dasar laut", "sistem kabel laut", "kable sa ilalim ng dagat",
    ],
    unspaced: ["เคเบิลใต้น้ำ", "เคเบิลใต้ทะเล", "สายเคเบิลใต้น้ำ", "เคเบิ้ลใต้น้ำ", "ខ្សែកាបក្រោមសមុទ្រ", "ရေအောက်ကေဘယ်"],
  },
  "terrestrial-cables": {
    latin: ["cáp quang đất liền", "cáp quang xuyên biên giới", "cáp đất liền", "kabel darat", "kabel serat optik darat"],
    unspaced: ["เคเบิลภาคพื้นดิน", "เคเบิลใยแก้วนำแสงภาคพื้นดิน", "เคเบิลข้ามพรมแดน", "ສາຍເຄເບີ້ນໃຍແກ້ວນຳແສງ", "ខ្សែកាបអុបទិក", "ဖိုက်ဘာကြိုး"],
  },
  iot: {
    latin: ["Internet vạn vật", "vạn vật kết nối", "internet untuk segala", "internet benda"],
    unspaced: ["อินเทอร์เน็ตของสรรพสิ่ง", "อินเทอร์เน็ตในทุกสิ่ง", "ไอโอที"],
  },
  "digital-skills": {
    latin: [
      "đào tạo", "nhân lực số", "nguồn nhân lực", "kỹ năng số", "nhân tài", "học bổng", "giáo dục số",
      "giáo dục nghề nghiệp", "giáo dục từ xa",
      "pelatihan", "latihan", "keterampilan digital", "kemahiran digital", "talenta digital", "beasiswa", "biasiswa",
      "sumber daya manusia", "pendidikan vokasi", "pendidikan digital",
      // Not "kasanayan" alone: "pinakamahuhusay na kasanayan" is "best practices", "kasanayan sa wika" language skills.
      "pagsasanay", "digital na kasanayan", "kasanayang digital",
    ],
    unspaced: ["ฝึกอบรม", "ทักษะดิจิทัล", "พัฒนาบุคลากร", "ทุนการศึกษา", "ทักษะ", "อาชีวศึกษา", "การศึกษาดิจิทัล", "ຝຶກອົບຮົມ", "បណ្តុះបណ្តាល", "បណ្ដុះបណ្ដាល", "သင်တန်း"],
  },
  "digital-trade": {
    latin: [
      "thương mại điện tử", "thương mại số", "thương mại xuyên biên giới", "perdagangan elektronik",
      "perdagangan digital", "niaga elektronik", "e-dagang", "perdagangan daring", "kalakalang digital",
    ],
    unspaced: ["พาณิชย์อิเล็กทรอนิกส์", "อีคอมเมิร์ซ", "การค้าดิจิทัล", "การค้าออนไลน์", "การค้าอิเล็กทรอนิกส์", "ពាណិជ្ជកម្មអេឡិចត្រូនិក"],
  },
  cybersecurity: {
    latin: [
      "an ninh mạng", "an toàn thông tin", "an ninh thông tin", "bảo vệ dữ liệu", "tội phạm mạng", "không gian mạng",
      "keamanan siber", "keselamatan siber", "kejahatan siber", "serangan siber", "siber", "pelindungan data",
      "perlindungan data", "seguridad sa cyber", "lừa đảo", "penipuan (?:daring|online|dalam talian)",
    ],
    unspaced: [
      "ความมั่นคงปลอดภัยไซเบอร์", "อาชญากรรมไซเบอร์", "ไซเบอร์", "ความมั่นคงดิจิทัล", "คุ้มครองข้อมูลส่วนบุคคล",
      "หลอกลวงทางโทรคมนาคม", "แก๊งคอลเซ็นเตอร์", "สแกมเมอร์", "ໄຊເບີ", "សាយប័រ", "ဆိုက်ဘာ",
    ],
  },
  "smart-cities": {
    latin: [
      "thành phố thông minh", "đô thị thông minh", "cửa khẩu thông minh", "kota pintar", "kota cerdas", "bandar pintar",
      "camera giám sát", "kamera pengawas",
    ],
    unspaced: ["เมืองอัจฉริยะ", "สมาร์ทซิตี้", "ด่านอัจฉริยะ", "กล้องวงจรปิด", "ເມືອງອັດສະລິຍະ", "ទីក្រុងឆ្លាតវៃ", "စမတ်စီးတီး"],
  },
  "digital-payments": {
    latin: [
      "thanh toán số", "thanh toán điện tử", "thanh toán di động", "thanh toán xuyên biên giới", "mã QR", "ví điện tử",
      "tiền kỹ thuật số", "pembayaran digital", "pembayaran lintas batas", "pembayaran rentas sempadan", "QRIS",
      "mata uang digital", "dompet digital", "e-dompet", "bayaran digital",
      "thanh toán bằng (?:đồng )?(?:NDT|nhân dân tệ|nội tệ)", "đồng nội tệ", "mata uang lokal", "mata wang tempatan",
    ],
    unspaced: ["ชำระเงินดิจิทัล", "ชำระเงินข้ามพรมแดน", "สกุลเงินท้องถิ่น", "ชำระเงินผ่าน", "คิวอาร์โค้ด", "พร้อมเพย์", "สกุลเงินดิจิทัล", "เงินหยวนดิจิทัล", "ຊຳລະເງິນ", "ការទូទាត់", "បាគង", "ငွေပေးချေ"],
  },
  satellites: {
    latin: ["vệ tinh", "Bắc Đẩu", "satelit", "satelayt", "penginderaan jauh", "viễn thám"],
    unspaced: ["ดาวเทียม", "เป๋ยโต่ว", "อวกาศ", "ດາວທຽມ", "ផ្កាយរណប", "ဂြိုဟ်တု"],
  },
};
