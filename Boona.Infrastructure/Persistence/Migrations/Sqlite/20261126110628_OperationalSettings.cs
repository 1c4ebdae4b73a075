using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperationalSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_AvailabilityExpiryWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_BundleSizeMax = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_CoolingWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_DefaultMaxDistanceKm = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_EmailFirstRetryMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_EmailMaxAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_EmailMaxRetryHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_FollowUpAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_PhoneSlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_PlanningHorizonDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_RegionDigits = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Settings");
        }
    }
}
