using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Postgres
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

            // The directory list searches names as lower(name) LIKE '%word%' and cities as lower(city) LIKE 'word%';
            // EF cannot express these indexes in the model. Trigrams serve the infix search; pg_trgm is a trusted
            // extension (PostgreSQL 13+), so the database owner may create it. text_pattern_ops serves the prefix
            // search whatever the database's collation.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Therapists_LastName_Trgm" ON "Therapists" USING gin (lower("LastName") gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Therapists_FirstName_Trgm" ON "Therapists" USING gin (lower("FirstName") gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Therapists_City_Lower" ON "Therapists" (lower("City") text_pattern_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Therapists_LastName_Trgm", "IX_Therapists_FirstName_Trgm", "IX_Therapists_City_Lower";""");

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
