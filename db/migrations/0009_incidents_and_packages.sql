CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_fingerprint` text,
	`unit_name` text NOT NULL,
	`chain_id` text NOT NULL,
	`version` integer NOT NULL,
	`state` text NOT NULL,
	`type` text NOT NULL,
	`level` text NOT NULL,
	`discovered_at` text NOT NULL,
	`place` text NOT NULL,
	`items_json` text NOT NULL,
	`circumstances` text NOT NULL,
	`persons_involved` text,
	`measures` text NOT NULL,
	`remedy` text,
	`addressee` text NOT NULL,
	`foreign_party_notice` integer NOT NULL,
	`report_item_id` text,
	`report_number` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`filed_at` text,
	`filed_by` text,
	`exported_at` text,
	`acknowledged_at` text,
	`closed_at` text,
	`package_id` text,
	CONSTRAINT "incidents_version_positive" CHECK("incidents"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `incidents_state` ON `incidents` (`state`);--> statement-breakpoint
CREATE INDEX `incidents_unit` ON `incidents` (`unit_fingerprint`);--> statement-breakpoint
CREATE TABLE `package_sequences` (
	`peer_fingerprint` text NOT NULL,
	`kind` text NOT NULL,
	`last_sequence` integer NOT NULL,
	PRIMARY KEY(`peer_fingerprint`, `kind`)
);
--> statement-breakpoint
CREATE TABLE `packages` (
	`id` text PRIMARY KEY NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`peer_fingerprint` text NOT NULL,
	`peer_name` text NOT NULL,
	`sequence` integer NOT NULL,
	`hash` text NOT NULL,
	`created_at` text NOT NULL,
	`processed_at` text NOT NULL,
	`record_count` integer NOT NULL,
	`head_seq` integer NOT NULL,
	`head_hash` text NOT NULL,
	`chain_status` text NOT NULL,
	`record_ids_json` text NOT NULL,
	`acknowledged_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `packages_peer_sequence` ON `packages` (`direction`,`peer_fingerprint`,`kind`,`sequence`);--> statement-breakpoint
CREATE INDEX `packages_peer` ON `packages` (`peer_fingerprint`);