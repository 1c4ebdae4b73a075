using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FollowUpCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing settings rows take the business's starting values of the new follow-up settings (OperationalSettings).
            migrationBuilder.AddColumn<string>(
                name: "EmailBounceReason",
                table: "Therapists",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EmailBouncedAt",
                table: "Therapists",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Values_CallAfterReminderDays",
                table: "Settings",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "Values_CallAttemptsMax",
                table: "Settings",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "Values_CallHourWithoutPhoneHours",
                table: "Settings",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "Values_CoolingAfterReachedCall",
                table: "Settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Values_FollowUpReminder",
                table: "Settings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Inquiries",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecisionNeededSince",
                table: "Inquiries",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmailBounceReason",
                table: "Therapists");

            migrationBuilder.DropColumn(
                name: "EmailBouncedAt",
                table: "Therapists");

            migrationBuilder.DropColumn(
                name: "Values_CallAfterReminderDays",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "Values_CallAttemptsMax",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "Values_CallHourWithoutPhoneHours",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "Values_CoolingAfterReachedCall",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "Values_FollowUpReminder",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Inquiries");

            migrationBuilder.DropColumn(
                name: "DecisionNeededSince",
                table: "Inquiries");
        }
    }
}
