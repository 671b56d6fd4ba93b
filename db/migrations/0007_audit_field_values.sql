CREATE TABLE `audit_field_values` (
	`seq` integer PRIMARY KEY NOT NULL,
	`fields` text NOT NULL,
	FOREIGN KEY (`seq`) REFERENCES `audit_events`(`seq`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Registers written before this step keep every stored value: one JSON object per event, {path: [salt, value]}.
INSERT INTO `audit_field_values` (`seq`, `fields`)
  SELECT `seq`, json_group_object(`path`, json_array(`salt`, `value`)) FROM `audit_values` GROUP BY `seq`;
--> statement-breakpoint
DROP TABLE `audit_values`;