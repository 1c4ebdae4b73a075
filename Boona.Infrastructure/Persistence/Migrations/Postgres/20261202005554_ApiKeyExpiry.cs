using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApiKeyExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExpiresAt",
                table: "ApiKeys",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Keys made before expiry existed get the default lifetime, counted from their creation.
            migrationBuilder.Sql("UPDATE \"ApiKeys\" SET \"ExpiresAt\" = \"CreatedAt\" + interval '365 days';");
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
