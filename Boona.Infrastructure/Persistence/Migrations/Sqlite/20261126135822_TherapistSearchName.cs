using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 201,
                nullable: false,
                defaultValue: "");

            // Runs on the app's connection, whose lower() SqliteFunctions makes Unicode-aware (Ü → ü), as the domain does.
            migrationBuilder.Sql("""UPDATE "Therapists" SET "SearchName" = lower("LastName" || ' ' || "FirstName");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Therapists");
        }
    }
}
