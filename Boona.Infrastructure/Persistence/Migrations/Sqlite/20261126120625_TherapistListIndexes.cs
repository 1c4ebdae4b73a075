using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TherapistListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Therapists_LastName_FirstName",
                table: "Therapists");

            migrationBuilder.CreateIndex(
                name: "IX_Therapists_AvailabilityConfirmedAt",
                table: "Therapists",
                column: "AvailabilityConfirmedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Therapists_LastName_FirstName_Id",
                table: "Therapists",
                columns: new[] { "LastName", "FirstName", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Therapists_AvailabilityConfirmedAt",
                table: "Therapists");

            migrationBuilder.DropIndex(
                name: "IX_Therapists_LastName_FirstName_Id",
                table: "Therapists");

            migrationBuilder.CreateIndex(
                name: "IX_Therapists_LastName_FirstName",
                table: "Therapists",
                columns: new[] { "LastName", "FirstName" });
        }
    }
}
