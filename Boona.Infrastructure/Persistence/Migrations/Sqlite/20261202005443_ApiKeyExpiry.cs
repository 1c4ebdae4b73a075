using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApiKeyExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ExpiresAt",
                table: "ApiKeys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Keys made before expiry existed get the default lifetime, counted from their creation (UTC ticks here).
            migrationBuilder.Sql("UPDATE \"ApiKeys\" SET \"ExpiresAt\" = \"CreatedAt\" + 315360000000000;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpiresAt",
                table: "ApiKeys");
        }
    }
}
