// The labelled evaluation set: 6 English, 6 German and 6 Chinese articles used while tuning the extractors, plus
// 2 per language held out: written after tuning, to show how the rules do on text they were not fitted to. Four
// more (de-07, en-07, en-08, zh-07) were written with the status-change suggestions to report transitions.
import type { EvalArticle } from "./types";
import { article as a0 } from "./articles/de-01-digitale-zusammenarbeit";
import { article as a1 } from "./articles/de-02-rechenzentren-johor";
import { article as a2 } from "./articles/de-03-beidou-thailand";
import { article as a3 } from "./articles/de-04-expo-ki-gipfel";
import { article as a4 } from "./articles/de-05-seidenstrasse-ecommerce";
import { article as a5 } from "./articles/de-06-cyberdialog";
import { article as a6 } from "./articles/en-01-ai-centre-nanning";
import { article as a7 } from "./articles/en-02-cables-adc";
import { article as a8 } from "./articles/en-03-payments-mbridge";
import { article as a9 } from "./articles/en-04-defa-negotiations";
import { article as a10 } from "./articles/en-05-smart-border-gate";
import { article as a11 } from "./articles/en-06-thai-digital-dialogue";
import { article as a12 } from "./articles/zh-01-ai-summit";
import { article as a13 } from "./articles/zh-02-information-harbor";
import { article as a14 } from "./articles/zh-03-digital-economy-year";
import { article as a15 } from "./articles/zh-04-payments-smart-city";
import { article as a16 } from "./articles/zh-05-fta-data-governance";
import { article as a17 } from "./articles/zh-06-ai-training";
import { article as s0 } from "./articles/de-07-ema-baubeginn";
import { article as s1 } from "./articles/en-07-sea-h2x-switched-on";
import { article as s2 } from "./articles/en-08-telmin-replaced";
import { article as s3 } from "./articles/zh-07-nanning-gateway";
import { article as h0 } from "./articles/holdout-de-01-seekabel-vietnam";
import { article as h1 } from "./articles/holdout-de-02-qr-kambodscha";
import { article as h2 } from "./articles/holdout-en-01-cloud-indonesia";
import { article as h3 } from "./articles/holdout-en-02-cyber-dialogue";
import { article as h4 } from "./articles/holdout-zh-01-laos-ai-centre";
import { article as h5 } from "./articles/holdout-zh-02-digital-trade-centre";

export const EVAL_ARTICLES: EvalArticle[] = [
  a0,
  a1,
  a2,
  a3,
  a4,
  a5,
  a6,
  a7,
  a8,
  a9,
  a10,
  a11,
  a12,
  a13,
  a14,
  a15,
  a16,
  a17,
  s0,
  s1,
  s2,
  s3,
  h0,
  h1,
  h2,
  h3,
  h4,
  h5,
];
