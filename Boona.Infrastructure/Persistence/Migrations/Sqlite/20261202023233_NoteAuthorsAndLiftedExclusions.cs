using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoteAuthorsAndLiftedExclusions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "By",
                table: "SearchEvents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PatientLiftedExclusions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TherapistId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    LiftReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LiftedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LiftedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientLiftedExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatientLiftedExclusions_Patients_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PatientLiftedExclusions_OwnerId",
                table: "PatientLiftedExclusions",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PatientLiftedExclusions");

            migrationBuilder.DropColumn(
                name: "By",
                table: "SearchEvents");
        }
    }
}
