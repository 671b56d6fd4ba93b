CREATE TABLE `trusted_keys` (
	`fingerprint` text PRIMARY KEY NOT NULL,
	`unit_name` text NOT NULL,
	`mode` text NOT NULL,
	`signing_public` text NOT NULL,
	`age_recipient` text NOT NULL,
	`public_file` text NOT NULL,
	`trusted_at` text NOT NULL,
	`trusted_by` text NOT NULL,
	`revoked_at` text,
	`revoked_by` text
);
--> statement-breakpoint
CREATE TABLE `unit_keys` (
	`id` integer PRIMARY KEY NOT NULL,
	`signing_private` text NOT NULL,
	`signing_public` text NOT NULL,
	`age_identity` text NOT NULL,
	`age_recipient` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "unit_keys_single_row" CHECK("unit_keys"."id" = 1)
);
