CREATE TABLE `audit_redactions` (
	`seq` integer NOT NULL,
	`path` text NOT NULL,
	`redacted_by_seq` integer NOT NULL,
	PRIMARY KEY(`seq`, `path`),
	FOREIGN KEY (`seq`) REFERENCES `audit_events`(`seq`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `audit_values` (
	`seq` integer NOT NULL,
	`path` text NOT NULL,
	`salt` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`seq`, `path`),
	FOREIGN KEY (`seq`) REFERENCES `audit_events`(`seq`) ON UPDATE no action ON DELETE no action
);
