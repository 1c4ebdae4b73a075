using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PostalCode is a complex property, which EF cannot index from the model. The region list asks which of a
            // region's practice e-mails are also used elsewhere; this index answers that without reading the table.
            migrationBuilder.CreateIndex(name: "IX_Therapists_Email_PostalCode", table: "Therapists", columns: ["Email", "PostalCode"]);

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_AnswerType_Status_TherapistId",
                table: "Inquiries",
                columns: new[] { "AnswerType", "Status", "TherapistId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Therapists_Email_PostalCode", table: "Therapists");

            migrationBuilder.DropIndex(
                name: "IX_Inquiries_AnswerType_Status_TherapistId",
                table: "Inquiries");
        }
    }
}
