-- Lao and Thai found by any part (issue 11): they are written without spaces between words, so the word index
-- (items_fts) holds "ກະຊວງປ້ອງກັນຄວາມສະຫງົບ" as one token, cut at its vowel and tone marks, and finds it only by its
-- start. A trigram index beside it holds only the runs of non-Latin script of each item (Vietnamese is Latin and is
-- never copied here, so it costs this index nothing) and finds any part of three characters or more, a shorter one
-- at the start of a run. search_non_latin_text is the app's own SQL function (db/search-functions.ts,
-- core/domain/non-latin-text.ts): SQLite has no Unicode script classes. It returns NULL for an item with no such
-- text, and that item gets no row. The foreign marking (a Lao "ລັບ") is indexed here too; items_fts is unchanged.
-- Contentless like items_fts: the index keeps no copy of the text.
CREATE VIRTUAL TABLE items_fts_trigram USING fts5(
  text,
  content = '', contentless_delete = 1,
  tokenize = 'trigram'
);
--> statement-breakpoint
CREATE TRIGGER items_fts_trigram_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts_trigram (rowid, text)
    SELECT new.rid, t FROM (SELECT search_non_latin_text(new.doc_number, new.summary, new.foreign_body, new.originator,
      new.recipients, new.notes, new.foreign_marking) AS t)
    WHERE t IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER items_fts_trigram_delete AFTER DELETE ON items BEGIN
  DELETE FROM items_fts_trigram WHERE rowid = old.rid;
END;
--> statement-breakpoint
CREATE TRIGGER items_fts_trigram_update
  AFTER UPDATE OF doc_number, summary, foreign_body, originator, recipients, notes, foreign_marking ON items BEGIN
  DELETE FROM items_fts_trigram WHERE rowid = old.rid;
  INSERT INTO items_fts_trigram (rowid, text)
    SELECT new.rid, t FROM (SELECT search_non_latin_text(new.doc_number, new.summary, new.foreign_body, new.originator,
      new.recipients, new.notes, new.foreign_marking) AS t)
    WHERE t IS NOT NULL;
END;
--> statement-breakpoint
INSERT INTO items_fts_trigram (rowid, text)
  SELECT rid, t FROM (SELECT rid, search_non_latin_text(doc_number, summary, foreign_body, originator, recipients,
    notes, foreign_marking) AS t FROM items)
  WHERE t IS NOT NULL;
