// Domain terms in Vietnamese, Indonesian, Malay, Filipino (latin: regex fragments matched case-insensitively from
// a word start to a word end, like DOMAIN_TERMS.latin) and Thai (matched anywhere: Thai has no spaces). Regional
// press often uses the English term ("cloud", "data center", "5G"), which DOMAIN_TERMS already covers.
import type { DomainSlug } from "@/lib/vocabulary/domains";

export type SeaDomainTerms = { latin: string[]; thai: string[] };

// prettier-ignore
export const SEA_DOMAIN_TERMS: Record<DomainSlug, SeaDomainTerms> = {
  "5g": { latin: ["mạng 5G", "jaringan 5G", "rangkaian 5G"], thai: ["5จี", "ไฟว์จี", "(?<=[ก-๙])5G", "5G(?=[ก-๙])"] },
  ai: {
    latin: ["trí tuệ nhân tạo", "kecerdasan buatan", "kecerdasan artifisial", "akal imitasi"],
    // Acronyms glued to Thai words ("เทคโนโลยีAIของจีน") fail the Latin word boundary.
    thai: ["ปัญญาประดิษฐ์", "เอไอ", "(?<=[ก-๙])AI", "AI(?=[ก-๙])"],
  },
  cloud: {
    latin: ["điện toán đám mây", "đám mây", "komputasi awan", "pengkomputeran awan", "layanan awan"],
    thai: ["คลาวด์", "ระบบคลาวด์"],
  },
  "data-centres": {
    latin: ["trung tâm dữ liệu", "pusat data", "pusat-pusat data"],
    thai: ["ศูนย์ข้อมูล", "ดาต้าเซ็นเตอร์", "ศูนย์ดาต้า"],
  },
  "computing-power": {
    latin: ["năng lực tính toán", "sức mạnh tính toán", "daya komputasi", "kapasitas komputasi", "kuasa pengkomputeran"],
    thai: ["พลังการประมวลผล", "ขีดความสามารถในการประมวลผล", "ซูเปอร์คอมพิวเตอร์"],
  },
  "submarine-cables": {
    latin: [
      "cáp quang biển", "cáp quang dưới biển", "cáp ngầm dưới biển", "cáp biển", "tuyến cáp quang biển",
      "kabel bawah laut", "kabel laut", "kabel dasar laut", "sistem kabel laut", "kable sa ilalim ng dagat",
    ],
    thai: ["เคเบิลใต้น้ำ", "เคเบิลใต้ทะเล", "สายเคเบิลใต้น้ำ", "เคเบิ้ลใต้น้ำ"],
  },
  "terrestrial-cables": {
    latin: ["cáp quang đất liền", "cáp quang xuyên biên giới", "cáp đất liền", "kabel darat", "kabel serat optik darat"],
    thai: ["เคเบิลภาคพื้นดิน", "เคเบิลใยแก้วนำแสงภาคพื้นดิน", "เคเบิลข้ามพรมแดน"],
  },
  iot: {
    latin: ["Internet vạn vật", "vạn vật kết nối", "internet untuk segala", "internet benda"],
    thai: ["อินเทอร์เน็ตของสรรพสิ่ง", "อินเทอร์เน็ตในทุกสิ่ง", "ไอโอที"],
  },
  "digital-skills": {
    latin: [
      "đào tạo", "nhân lực số", "nguồn nhân lực", "kỹ năng số", "nhân tài", "học bổng",
      "pelatihan", "latihan", "keterampilan digital", "kemahiran digital", "talenta digital", "beasiswa", "biasiswa",
      "sumber daya manusia", "pagsasanay", "kasanayan",
    ],
    thai: ["ฝึกอบรม", "ทักษะดิจิทัล", "พัฒนาบุคลากร", "ทุนการศึกษา", "ทักษะ"],
  },
  "digital-trade": {
    latin: [
      "thương mại điện tử", "thương mại số", "thương mại xuyên biên giới", "perdagangan elektronik",
      "perdagangan digital", "niaga elektronik", "e-dagang", "perdagangan daring", "kalakalang digital",
    ],
    thai: ["พาณิชย์อิเล็กทรอนิกส์", "อีคอมเมิร์ซ", "การค้าดิจิทัล", "การค้าออนไลน์", "การค้าอิเล็กทรอนิกส์"],
  },
  cybersecurity: {
    latin: [
      "an ninh mạng", "an toàn thông tin", "an ninh thông tin", "bảo vệ dữ liệu", "tội phạm mạng", "không gian mạng",
      "keamanan siber", "keselamatan siber", "kejahatan siber", "serangan siber", "siber", "pelindungan data",
      "perlindungan data", "seguridad sa cyber",
    ],
    thai: ["ความมั่นคงปลอดภัยไซเบอร์", "อาชญากรรมไซเบอร์", "ไซเบอร์", "ความมั่นคงดิจิทัล", "คุ้มครองข้อมูลส่วนบุคคล"],
  },
  "smart-cities": {
    latin: ["thành phố thông minh", "đô thị thông minh", "cửa khẩu thông minh", "kota pintar", "kota cerdas", "bandar pintar"],
    thai: ["เมืองอัจฉริยะ", "สมาร์ทซิตี้", "ด่านอัจฉริยะ"],
  },
  "digital-payments": {
    latin: [
      "thanh toán số", "thanh toán điện tử", "thanh toán di động", "thanh toán xuyên biên giới", "mã QR", "ví điện tử",
      "tiền kỹ thuật số", "pembayaran digital", "pembayaran lintas batas", "pembayaran rentas sempadan", "QRIS",
      "mata uang digital", "dompet digital", "e-dompet", "bayaran digital",
    ],
    thai: ["ชำระเงินดิจิทัล", "ชำระเงินข้ามพรมแดน", "ชำระเงินผ่าน", "คิวอาร์โค้ด", "พร้อมเพย์", "สกุลเงินดิจิทัล", "เงินหยวนดิจิทัล"],
  },
  satellites: {
    latin: ["vệ tinh", "Bắc Đẩu", "satelit", "satelayt", "penginderaan jauh", "viễn thám"],
    thai: ["ดาวเทียม", "เป๋ยโต่ว", "อวกาศ"],
  },
};
