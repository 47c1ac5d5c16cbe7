/**
 * PubMed efetch XML (`efetch.fcgi?db=pubmed&retmode=xml`, root <PubmedArticleSet>) → ArticleInput.
 * Element names follow the PubMed DTD (pubmed_250101.dtd and its 2011–2019 predecessors).
 */
import type { ArticleIds, ArticleInput, Author, Notice, NoticeKind, Reference, TextSection } from '../model';
import { withDefined } from './defined';
import { normalizeDoi, normalizePmcid } from './ids';
import { attr, child, children, cleanText, descendants, parseXml, path, type Element } from './xml';

const NOTICE_KINDS: Record<string, NoticeKind> = {
  RetractionIn: 'retraction-in',
  RetractionOf: 'retraction-of',
  ErratumIn: 'erratum-in',
  ErratumFor: 'erratum-for',
  ExpressionOfConcernIn: 'expression-of-concern-in',
  CommentIn: 'comment-in',
  CommentOn: 'comment-on',
  UpdateIn: 'update-in',
};

/** Parses every PubmedArticle (and, minimally, every PubmedBookArticle) of an efetch response. */
export function parsePubmedArticleSet(xml: string): ArticleInput[] {
  const root = parseXml(xml, ['PubmedArticleSet']).documentElement;
  const articles: ArticleInput[] = [];
  for (const record of children(root ?? undefined)) {
    if (record.nodeName === 'PubmedArticle') articles.push(parsePubmedArticle(record));
    else if (record.nodeName === 'PubmedBookArticle') articles.push(parseBookArticle(record));
    // <DeleteCitation> and anything unknown carries no article.
  }
  return articles;
}

function parsePubmedArticle(record: Element): ArticleInput {
  const citation = child(record, 'MedlineCitation');
  const article = child(citation, 'Article');
  const pubmedData = child(record, 'PubmedData');
  const journal = child(article, 'Journal');
  const journalIssue = child(journal, 'JournalIssue');

  const ids = articleIds(child(pubmedData, 'ArticleIdList'));
  ids.pmid ??= cleanText(child(citation, 'PMID'));
  if (!ids.doi) {
    for (const location of children(article, 'ELocationID')) {
      if (attr(location, 'EIdType') === 'doi' && attr(location, 'ValidYN') !== 'N') {
        const doi = normalizeDoi(cleanText(location) ?? '');
        if (doi) ids.doi = doi;
        break;
      }
    }
  }
  if (!ids.pmcid) {
    // Older records carry the PMCID only as <OtherID Source="NLM">PMC123 [Available on …]</OtherID>.
    for (const other of children(citation, 'OtherID')) {
      const match = /^PMC\d+/.exec(cleanText(other) ?? '');
      if (attr(other, 'Source') === 'NLM' && match) ids.pmcid = match[0];
    }
  }

  const input: ArticleInput = {
    ids,
    title: cleanText(child(article, 'ArticleTitle')) ?? cleanText(child(article, 'VernacularTitle')) ?? '',
    abstract: abstractSections(child(article, 'Abstract')),
    keywords: keywords(citation),
    mesh: children(child(citation, 'MeshHeadingList'), 'MeshHeading')
      .map((heading) => cleanText(child(heading, 'DescriptorName')))
      .filter(isPresent),
    publicationTypes: texts(children(child(article, 'PublicationTypeList'), 'PublicationType')),
    notices: notices(child(citation, 'CommentsCorrectionsList')),
    authors: authors(child(article, 'AuthorList')),
    references: references(pubmedData, citation),
  };
  const optional: Partial<ArticleInput> = {
    coi: cleanText(child(citation, 'CoiStatement')),
    journal: cleanText(child(journal, 'Title')),
    journalAbbrev:
      cleanText(child(journal, 'ISOAbbreviation')) ?? cleanText(path(citation, 'MedlineJournalInfo', 'MedlineTA')),
    year: year(child(journalIssue, 'PubDate')),
    volume: cleanText(child(journalIssue, 'Volume')),
    issue: cleanText(child(journalIssue, 'Issue')),
    pages: pages(child(article, 'Pagination')),
    issn: cleanText(child(journal, 'ISSN')) ?? cleanText(path(citation, 'MedlineJournalInfo', 'ISSNLinking')),
    language: cleanText(child(article, 'Language')),
  };
  return withDefined(input, optional);
}

/** Books and chapters (NCBI Bookshelf) have no journal or MeSH; keep what the analyzer can use. */
function parseBookArticle(record: Element): ArticleInput {
  const document = child(record, 'BookDocument');
  const book = child(document, 'Book');
  const ids = articleIds(child(document, 'ArticleIdList'));
  ids.pmid ??= cleanText(child(document, 'PMID'));
  const input: ArticleInput = {
    ids,
    title: cleanText(child(document, 'ArticleTitle')) ?? cleanText(child(book, 'BookTitle')) ?? '',
    abstract: abstractSections(child(document, 'Abstract')),
    keywords: keywords(document),
    mesh: [],
    publicationTypes: texts(children(document, 'PublicationType')),
    notices: [],
    authors: authors(child(document, 'AuthorList') ?? child(book, 'AuthorList')),
    references: [],
  };
  return withDefined(input, {
    journal: cleanText(child(book, 'BookTitle')),
    year: year(child(book, 'PubDate')),
    language: cleanText(child(document, 'Language')),
  });
}

function articleIds(list: Element | undefined): ArticleIds {
  const ids: ArticleIds = {};
  for (const id of children(list, 'ArticleId')) {
    const value = cleanText(id);
    if (!value) continue;
    const type = attr(id, 'IdType');
    if (type === 'pubmed') ids.pmid ??= value;
    else if (type === 'pmc') ids.pmcid ??= normalizePmcid(value);
    else if (type === 'doi') ids.doi ??= normalizeDoi(value);
  }
  return ids;
}

function abstractSections(abstract: Element | undefined): TextSection[] {
  const sections: TextSection[] = [];
  for (const part of children(abstract, 'AbstractText')) {
    const text = cleanText(part);
    if (!text) continue;
    const label = attr(part, 'Label')?.trim();
    sections.push(label ? { label, text } : { text });
  }
  return sections;
}

function keywords(owner: Element | undefined): string[] {
  const all = children(owner, 'KeywordList').flatMap((list) => texts(children(list, 'Keyword')));
  return [...new Set(all)];
}

function authors(list: Element | undefined): Author[] {
  return children(list, 'Author').map((author) => {
    const collective = cleanText(child(author, 'CollectiveName'));
    if (collective) return { collective };
    return withDefined<Author>(
      {},
      {
        family: cleanText(child(author, 'LastName')),
        given: cleanText(child(author, 'ForeName')),
        initials: cleanText(child(author, 'Initials')),
      },
    );
  });
}

function notices(list: Element | undefined): Notice[] {
  const found: Notice[] = [];
  for (const entry of children(list, 'CommentsCorrections')) {
    const kind = NOTICE_KINDS[attr(entry, 'RefType') ?? ''];
    if (!kind) continue;
    found.push(
      withDefined<Notice>(
        { kind },
        { pmid: cleanText(child(entry, 'PMID')), text: cleanText(child(entry, 'RefSource')) },
      ),
    );
  }
  return found;
}

/** <ReferenceList> (2019+ records) or, for older records, CommentsCorrections RefType="Cites". */
function references(pubmedData: Element | undefined, citation: Element | undefined): Reference[] {
  // ReferenceList may nest (a titled sub-list inside the outer list), so collect every Reference.
  const listed = children(pubmedData, 'ReferenceList').flatMap((list) => descendants(list, 'Reference'));
  if (listed.length > 0) {
    return listed.map((reference) => {
      const ids = articleIds(child(reference, 'ArticleIdList'));
      return withDefined<Reference>(
        { text: cleanText(child(reference, 'Citation')) ?? '' },
        { pmid: ids.pmid, pmcid: ids.pmcid, doi: ids.doi },
      );
    });
  }
  return children(child(citation, 'CommentsCorrectionsList'), 'CommentsCorrections')
    .filter((entry) => attr(entry, 'RefType') === 'Cites')
    .map((entry) =>
      withDefined<Reference>({ text: cleanText(child(entry, 'RefSource')) ?? '' }, { pmid: cleanText(child(entry, 'PMID')) }),
    );
}

function pages(pagination: Element | undefined): string | undefined {
  const medline = cleanText(child(pagination, 'MedlinePgn'));
  if (medline) return medline;
  const start = cleanText(child(pagination, 'StartPage'));
  const end = cleanText(child(pagination, 'EndPage'));
  if (start && end) return `${start}-${end}`;
  return start;
}

/** <Year>, or the first year in a free-form <MedlineDate> such as "1998 Dec-1999 Jan". */
function year(pubDate: Element | undefined): string | undefined {
  const explicit = cleanText(child(pubDate, 'Year'));
  if (explicit) return explicit;
  return /\b\d{4}\b/.exec(cleanText(child(pubDate, 'MedlineDate')) ?? '')?.[0];
}

function texts(elements: Element[]): string[] {
  return elements.map((element) => cleanText(element)).filter(isPresent);
}

function isPresent<T>(value: T | undefined): value is T {
  return value !== undefined;
}
