-- Vietnamese-grade search over the register (issue 4): unicode61 with remove_diacritics 2 folds tones and case;
-- đ/Đ are separate letters to it, so they are folded to d here, and the query is folded the same way in code.
-- Contentless with delete support: the index holds no copy of the text, only tokens (a Tuyệt mật summary is never
-- stored, so it is never indexed either). prefix '2 3' serves type-ahead.
CREATE VIRTUAL TABLE items_fts USING fts5(
  doc_number, summary, foreign_body, originator, recipients, notes,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts (rowid, doc_number, summary, foreign_body, originator, recipients, notes) VALUES (
    new.rid,
    replace(replace(new.doc_number, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(new.summary, ''), 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(new.foreign_body, ''), 'đ', 'd'), 'Đ', 'D'),
    replace(replace(new.originator, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(new.recipients, ''), 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(new.notes, ''), 'đ', 'd'), 'Đ', 'D')
  );
END;
--> statement-breakpoint
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  DELETE FROM items_fts WHERE rowid = old.rid;
END;
--> statement-breakpoint
CREATE TRIGGER items_fts_update AFTER UPDATE OF doc_number, summary, foreign_body, originator, recipients, notes ON items BEGIN
  DELETE FROM items_fts WHERE rowid = old.rid;
  INSERT INTO items_fts (rowid, doc_number, summary, foreign_body, originator, recipients, notes) VALUES (
    new.rid,
    replace(replace(new.doc_number, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(new.summary, ''), 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(new.foreign_body, ''), 'đ', 'd'), 'Đ', 'D'),
    replace(replace(new.originator, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(new.recipients, ''), 'đ', 'd'), 'Đ', 'D'),
    replace(replace(coalesce(new.notes, ''), 'đ', 'd'), 'Đ', 'D')
  );
END;
