// Patterns for page chrome: the parts of a scraped page that are not the article (share bars, cookie
// notices, bylines, datelines, tag lines, navigation). Kept apart from the line walker so they are easy to extend.

/** UI words that make up share/tool bars. A line made only of these (in any order, glued or not) is chrome. */
// prettier-ignore
export const UI_TOKENS = new RegExp(
  [
    "share this article", "share on \\w+", "share", "tweet", "print", "e-?mail", "copy link", "save", "comments?",
    "listen", "facebook", "twitter", "linkedin", "whatsapp", "telegram", "reddit", "wechat", "weibo", "pinterest", "x",
    "diesen artikel", "artikel", "drucken", "merken", "senden", "teilen", "feedback", "link kopieren", "kommentare",
    "vorlesen", "分享到", "分享", "打印", "关闭", "收藏", "微信", "微博", "qq空间", "字号", "大", "中", "小", "【", "】",
  ].join("|"),
  "giu",
);

/** Labels that open a chrome line: source/tag/editor lines, bylines, navigation. The separator is required, so
 * prose that merely starts with the word ("Home Affairs …", "记者从…获悉") is kept. */
export const CHROME_LABEL =
  /^(?:quelle|quellen|source|sources|schlagworte|schlagwörter|stichworte|tags?|keywords|themen|editor|editors|editing|redakteur(?:in)?|redaktion|reporter|autor(?:in)?|photo|foto|bild|image|credit|updated|published|veröffentlicht|aktualisiert|stand|home|startseite|sie sind hier|you are here|share|teilen|来源|消息来源|本文来源|标签|关键词|关键字|责任编辑|编辑|记者|作者|图片来源|摄影|发布时间|更新时间|时间|首页|当前位置|您的位置|分享到|分享)\s*[:：>›»|]/iu;

/** Short lines starting like this are chrome: subscription boxes, legal lines, teaser headings, agency footers. */
export const CHROME_SHORT_START =
  /^(?:subscribe|sign up|sign in|log in|newsletter|abonnieren|anmelden|anzeige|advertisement|sponsored|copyright|all rights reserved|alle rechte vorbehalten|back to top|nach oben|next article|previous article|nächster artikel|read more|read also|see also|weiterlesen|lesen sie auch|reporting by|writing by|editing by|related|recommended|mehr zum thema|weitere artikel|责任编辑|版权所有|版权声明|免责声明|扫一扫|返回顶部|上一篇|下一篇|相关新闻|相关阅读|推荐阅读|延伸阅读)/iu;
export const SHORT_START_MAX = 100;

/** Chrome wherever it occurs in a (short) line. */
export const CHROME_ANYWHERE =
  /cookie|markets? (?:open|close)s? in \d|all rights reserved|alle rechte vorbehalten|版权所有|copyright ©|©|datenschutzerklärung|privacy policy|隐私政策|terms of (?:use|service)|nutzungsbedingungen|javascript/iu;

/** Headings after which the following short lines are teasers for other articles. */
export const TEASER_HEADING =
  /^(?:related(?: articles| stories| news| content)?|recommended(?: for you)?|read more|more news|more from|most read|trending|mehr zum thema|weitere artikel|weitere nachrichten|das könnte sie auch interessieren|meistgelesen|相关新闻|相关阅读|相关文章|推荐阅读|延伸阅读|热点推荐|热门文章)\s*[:：]?\s*$/iu;

/** "By Jane Doe", "Von Max Mustermann und Erika Muster", "By Jane Doe | Updated: ..." */
export const BYLINE = /^(?:by|von)\s+\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|and|und|&|,))*\s*(?:[|,·•].*)?$/u;

/** Breadcrumbs: short segments joined by >, ›, », / or |. */
export const BREADCRUMB = /^[^.!?。！？]{1,40}(?:\s*[>›»|/]\s*[^.!?。！？]{1,40}){1,6}\s*[>›»]?\s*$/u;

/** A line that is only URLs or a site's host name. */
export const URL_LINE = /^(?:(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?[\s|·•-]*)+$/iu;

/** Any date-like token, used only to spot datelines (short lines that just carry a date). */
export const DATE_TOKEN =
  /\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}\/\d{1,2}\/\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-zä]*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-zä]*\.?\s+\d{4}/iu;

/** News-agency datelines opening a paragraph: "BANGKOK, Jan. 22 (Xinhua) --", "Peking (dpa) -", "新华社南宁1月22日电（记者 张三）". */
export const INLINE_DATELINES: RegExp[] = [
  /^[\p{Lu}][\p{Lu}\p{Lu} .'/-]{1,40},\s*[\p{L}.]{3,10}\s*\d{1,2}\s*\([^)]{2,30}\)\s*(?:--|—|–|-)\s*/u,
  /^[\p{Lu}][\p{L} .'/-]{1,40}\s*\((?:dpa|afp|ap|reuters|xinhua|kna|epd|apa|sda|bernama|vna|antara|ddp)\)\s*(?:--|—|–|-)\s*/iu,
  /^[\u4e00-\u9fff]{2,14}?\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[（(][^）)]{0,40}[）)])?/u,
];

/** Editor notes trailing a paragraph: "(Editor: Wang)", "（责任编辑：张三）", "[编辑：李四]". */
export const INLINE_EDITOR =
  /[（(【[]\s*(?:责任编辑|编辑|editor|redaktion|redakteur)\s*[:：][^）)】\]]{0,40}[）)】\]]/giu;
