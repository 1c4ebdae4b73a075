using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PatientAccessKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "PatientAccesses",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "PatientAccesses",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Record");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Detail",
                table: "PatientAccesses");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PatientAccesses");
        }
    }
}
