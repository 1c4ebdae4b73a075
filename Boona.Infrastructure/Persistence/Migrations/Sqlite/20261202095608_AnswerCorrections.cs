using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnswerCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ExcludedTherapist",
                table: "InquiryPatients",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "InquiryPatients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InquiryAnswerCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SearchId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    InquiryId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InquiryAnswerCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InquiryAnswerCorrections_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InquiryAnswerCorrections_InquiryId",
                table: "InquiryAnswerCorrections",
                column: "InquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_InquiryAnswerCorrections_SearchId",
                table: "InquiryAnswerCorrections",
                column: "SearchId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InquiryAnswerCorrections");

            migrationBuilder.DropColumn(
                name: "ExcludedTherapist",
                table: "InquiryPatients");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "InquiryPatients");
        }
    }
}
