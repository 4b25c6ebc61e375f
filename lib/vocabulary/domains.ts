// The fixed domain vocabulary. Slugs are URL/API values and never change; labels and descriptions may.
export const DOMAIN_SLUGS = [
  "5g",
  "ai",
  "cloud",
  "data-centres",
  "computing-power",
  "submarine-cables",
  "terrestrial-cables",
  "iot",
  "digital-skills",
  "digital-trade",
  "cybersecurity",
  "smart-cities",
  "digital-payments",
  "satellites",
] as const;

export type DomainSlug = (typeof DOMAIN_SLUGS)[number];

export const DOMAIN_INFO: Record<DomainSlug, { label: string; description: string }> = {
  "5g": { label: "5G", description: "Fifth-generation mobile networks: spectrum, base stations, private networks and 5G applications." },
  ai: { label: "Artificial intelligence", description: "AI research, applications, standards, governance and AI cooperation centres." },
  cloud: { label: "Cloud computing", description: "Public and sovereign cloud services and cloud regions." },
  "data-centres": { label: "Data centres", description: "Construction and operation of data centres and national data facilities." },
  "computing-power": { label: "Computing power", description: "Shared compute capacity, computing-power networks and interconnection of compute hubs." },
  "submarine-cables": { label: "Submarine cables", description: "Undersea fibre-optic cable systems, their consortia and landing stations." },
  "terrestrial-cables": { label: "Terrestrial cables", description: "Cross-border land fibre routes and terrestrial backbone links." },
  iot: { label: "Internet of Things", description: "Connected devices, sensor networks and industrial internet." },
  "digital-skills": { label: "Digital skills", description: "Training, talent programmes and capacity building for the digital economy." },
  "digital-trade": { label: "Digital trade", description: "Digital-trade agreements, e-commerce, cross-border trade platforms and paperless trade." },
  cybersecurity: { label: "Cybersecurity & data governance", description: "Cybersecurity cooperation, data protection, data flows and digital governance." },
  "smart-cities": { label: "Smart cities", description: "Smart-city networks, smart ports and urban digital services." },
  "digital-payments": { label: "Digital payments", description: "Cross-border payments, QR interoperability and central-bank digital currencies." },
  satellites: { label: "Satellites & space", description: "Satellite navigation (BeiDou), remote sensing and satellite communications." },
};

export function isDomainSlug(value: string): value is DomainSlug {
  return (DOMAIN_SLUGS as readonly string[]).includes(value);
}
