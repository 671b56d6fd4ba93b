CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`actor_name` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`change` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`hash` text NOT NULL,
	CONSTRAINT "audit_head_single_row" CHECK("audit_head"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `agreement_equivalences` (
	`agreement_code` text NOT NULL,
	`position` integer NOT NULL,
	`foreign_marking` text NOT NULL,
	`vn_level` text,
	`source_clause` text NOT NULL,
	`note` text,
	PRIMARY KEY(`agreement_code`, `position`),
	FOREIGN KEY (`agreement_code`) REFERENCES `agreements`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vn_level`) REFERENCES `classification_levels`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "agreement_equivalences_position" CHECK("agreement_equivalences"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE `agreements` (
	`code` text PRIMARY KEY NOT NULL,
	`counterparty_country` text NOT NULL,
	`counterparty_name_vi` text NOT NULL,
	`counterparty_name_en` text NOT NULL,
	`title_vi` text NOT NULL,
	`title_en` text NOT NULL,
	`signed_on` text NOT NULL,
	`signed_at` text NOT NULL,
	`in_force_on` text NOT NULL,
	`duration` text,
	`implementing_decision_no` text NOT NULL,
	`implementing_decision_date` text NOT NULL,
	`competent_authority_vn` text NOT NULL,
	`competent_authority_foreign` text,
	`incident_triggers` text NOT NULL,
	`legal_basis` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `classification_levels` (
	`code` text PRIMARY KEY NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`rank` integer NOT NULL,
	`envelope_letter` text NOT NULL,
	`default_protection_years` integer NOT NULL,
	`legal_basis` text NOT NULL,
	`valid_from` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `register_meta` (
	`id` integer PRIMARY KEY NOT NULL,
	`register_id` text NOT NULL,
	`mode` text NOT NULL,
	`unit_name` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by_app_version` text NOT NULL,
	CONSTRAINT "register_meta_single_row" CHECK("register_meta"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`roles` text NOT NULL,
	`department` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_name_key_unique` ON `users` (`name_key`);