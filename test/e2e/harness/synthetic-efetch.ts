/**
 * Synthetic efetch (PubMed XML) records for the recorded NCBI: articles the fixtures have
 * no efetch response for (the seed review, result-list PMIDs). Shaped like real efetch
 * output (see ../shared/fixtures/eutils/efetch-pubmed-*.xml); every value is escaped.
 */
export type SyntheticRecord = {
  pmid: string;
  pmcid?: string;
  doi?: string;
  title: string;
  abstract: string;
  keywords?: string[];
  coi?: string;
  publicationTypes?: string[];
  journal?: string;
  year?: string;
  retractedBy?: string;
};

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function pubmedArticleXml(r: SyntheticRecord): string {
  const types = (r.publicationTypes ?? ['Journal Article']).map((t) => `<PublicationType>${esc(t)}</PublicationType>`).join('');
  const keywords = r.keywords?.length
    ? `<KeywordList Owner="NOTNLM">${r.keywords.map((k) => `<Keyword MajorTopicYN="N">${esc(k)}</Keyword>`).join('')}</KeywordList>`
    : '';
  const abstract = r.abstract ? `<Abstract><AbstractText>${esc(r.abstract)}</AbstractText></Abstract>` : '';
  const coi = r.coi ? `<CoiStatement>${esc(r.coi)}</CoiStatement>` : '';
  const retraction = r.retractedBy
    ? `<CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn"><RefSource>Retraction notice</RefSource><PMID Version="1">${esc(r.retractedBy)}</PMID></CommentsCorrections></CommentsCorrectionsList>`
    : '';
  const ids = [`<ArticleId IdType="pubmed">${esc(r.pmid)}</ArticleId>`];
  if (r.doi) ids.push(`<ArticleId IdType="doi">${esc(r.doi)}</ArticleId>`);
  if (r.pmcid) ids.push(`<ArticleId IdType="pmc">${esc(r.pmcid)}</ArticleId>`);
  return `<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">${esc(r.pmid)}</PMID><Article PubModel="Electronic"><Journal><JournalIssue CitedMedium="Internet"><PubDate><Year>${esc(r.year ?? '2024')}</Year></PubDate></JournalIssue><Title>${esc(r.journal ?? 'Journal of Synthetic Records')}</Title><ISOAbbreviation>${esc(r.journal ?? 'J Synth Rec')}</ISOAbbreviation></Journal><ArticleTitle>${esc(r.title)}</ArticleTitle>${abstract}<AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Synthetic</LastName><ForeName>Author</ForeName><Initials>A</Initials></Author></AuthorList><Language>eng</Language><PublicationTypeList>${types}</PublicationTypeList></Article>${retraction}${keywords}${coi}</MedlineCitation><PubmedData><ArticleIdList>${ids.join('')}</ArticleIdList></PubmedData></PubmedArticle>`;
}

export function pubmedArticleSetXml(articles: string[]): string {
  return `<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>${articles.join('')}</PubmedArticleSet>`;
}
