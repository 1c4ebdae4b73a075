using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TherapistSearchName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Therapists",
                type: "character varying(201)",
                maxLength: 201,
                nullable: false,
                defaultValue: "");

            // Existing rows get the same value the domain computes; the trigram index on the stored column replaces
            // the two on lower(name), which the planner skipped in favour of lowering every row.
            migrationBuilder.Sql("""UPDATE "Therapists" SET "SearchName" = lower("LastName" || ' ' || "FirstName");""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Therapists_LastName_Trgm", "IX_Therapists_FirstName_Trgm";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Therapists_SearchName_Trgm" ON "Therapists" USING gin ("SearchName" gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Therapists_SearchName_Trgm";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Therapists_LastName_Trgm" ON "Therapists" USING gin (lower("LastName") gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Therapists_FirstName_Trgm" ON "Therapists" USING gin (lower("FirstName") gin_trgm_ops);""");
            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Therapists");
        }
    }
}
