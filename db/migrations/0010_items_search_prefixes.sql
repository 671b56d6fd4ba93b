-- Search latency (issue 4): FTS5 answers a prefix term that has no prefix index of its exact length by merging the
-- doclists of every token that starts with it before the first row comes out: tens to hundreds of ms at 1,000,000
-- items for "tinh"*, "viec"*, "a"* (docs/PERFORMANCE.md). With a prefix index for each length 1–6 (every Vietnamese
-- syllable but "nghiêng" has at most 6 letters), each typed term reads one doclist, newest first, and stops at the
-- LIMIT; the search keeps its meaning (every term, each as a prefix). Same columns, tokenizer and contentless storage
-- as 0005, whose triggers keep feeding the table by name. Contentless: rebuilt from items with the triggers' folding.
DROP TABLE items_fts;
--> statement-breakpoint
CREATE VIRTUAL TABLE items_fts USING fts5(
  doc_number, summary, foreign_body, originator, recipients, notes,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4 5 6'
);
--> statement-breakpoint
INSERT INTO items_fts (rowid, doc_number, summary, foreign_body, originator, recipients, notes)
  SELECT
    rid,
    replace(replace(doc_number, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(summary, ''), 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(foreign_body, ''), 'đ', 'd'), 'Đ', 'D'),
    replace(replace(originator, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(recipients, ''), 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(notes, ''), 'đ', 'd'), 'Đ', 'D')
  FROM items;
