using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Boona.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmailMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToAddress = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InquiryId = table.Column<int>(type: "INTEGER", nullable: true),
                    TherapistId = table.Column<int>(type: "INTEGER", nullable: true),
                    PatientId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContractsSigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConsentGivenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Paid = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SearchStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstPlaceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkingPlaceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Salutation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Diagnoses = table.Column<string>(type: "TEXT", nullable: false),
                    SprechstundeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Symptoms = table.Column<string>(type: "TEXT", nullable: false),
                    HadPriorPsychotherapy = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastTherapySessionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AvailableTimes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    HoursPerWeekAvailable = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDistanceKm = table.Column<int>(type: "INTEGER", nullable: false),
                    TravelMode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenForGroupTherapy = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenForDiga = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreferredTherapistGender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreferredMethods = table.Column<string>(type: "TEXT", nullable: false),
                    RequiredLanguages = table.Column<string>(type: "TEXT", nullable: false),
                    History_ComplaintsSince = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    History_CurrentComplaints = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    History_Expectations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    History_Goals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    History_InpatientTreatment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    History_Medication = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    History_PhysicalIllnesses = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    History_PriorTreatments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    History_ReasonForTherapy = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    History_StressFactors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    History_SupportSystems = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GeneralPractitioner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InsuranceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    InsuranceType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InsurerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    LocationSource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Therapists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FreeIndividualPlaceFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FreeGroupPlaceFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PotentiallyAvailable = table.Column<bool>(type: "INTEGER", nullable: false),
                    AvailabilityNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AvailabilityConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    KnowsBoona = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastEmailContactAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPhoneContactAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPersonalContactAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextContactAllowedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CoolingOverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CoolingOverriddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ContactPausedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PreferredChannel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Salutation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Fax = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    HasKassensitz = table.Column<bool>(type: "INTEGER", nullable: false),
                    Methods = table.Column<string>(type: "TEXT", nullable: false),
                    AgeGroups = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Settings = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    Qualifications = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SpecialOffers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PhoneHours = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PreferredDiagnoses = table.Column<string>(type: "TEXT", nullable: false),
                    PatientAgeMin = table.Column<int>(type: "INTEGER", nullable: true),
                    PatientAgeMax = table.Column<int>(type: "INTEGER", nullable: true),
                    PreferredPatientGender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PrefersGroupTherapy = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SourceLastSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceMissingRuns = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BlockedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BlockedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    LocationSource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Therapists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatientExclusions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TherapistId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatientExclusions_Patients_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Searches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PausedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PlacedTherapistId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlacedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuccessfulOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Searches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Searches_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inquiries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TherapistId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowUpCallId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnswerType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inquiries_Therapists_TherapistId",
                        column: x => x.TherapistId,
                        principalTable: "Therapists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SearchEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TherapistId = table.Column<int>(type: "INTEGER", nullable: true),
                    SearchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchEvents_Searches_SearchId",
                        column: x => x.SearchId,
                        principalTable: "Searches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchExclusions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TherapistId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchExclusions_Searches_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Searches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InquiryPatients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    SearchId = table.Column<int>(type: "INTEGER", nullable: false),
                    PatientId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsConflict = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawalNoticePending = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InquiryPatients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InquiryPatients_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InquiryPatients_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InquiryPatients_Searches_SearchId",
                        column: x => x.SearchId,
                        principalTable: "Searches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PhoneCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TherapistId = table.Column<int>(type: "INTEGER", nullable: false),
                    InquiryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CoordinatorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhoneCalls_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PhoneCalls_Therapists_TherapistId",
                        column: x => x.TherapistId,
                        principalTable: "Therapists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmailMessages_InquiryId",
                table: "EmailMessages",
                column: "InquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailMessages_MessageId",
                table: "EmailMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmailMessages_Status_NextAttemptAt",
                table: "EmailMessages",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmailMessages_TherapistId",
                table: "EmailMessages",
                column: "TherapistId");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_Status_SentAt",
                table: "Inquiries",
                columns: new[] { "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_TherapistId_Status",
                table: "Inquiries",
                columns: new[] { "TherapistId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_InquiryPatients_InquiryId_SearchId",
                table: "InquiryPatients",
                columns: new[] { "InquiryId", "SearchId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InquiryPatients_PatientId",
                table: "InquiryPatients",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_InquiryPatients_SearchId_Outcome",
                table: "InquiryPatients",
                columns: new[] { "SearchId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_PatientExclusions_OwnerId",
                table: "PatientExclusions",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PatientExclusions_TherapistId",
                table: "PatientExclusions",
                column: "TherapistId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_LastName_FirstName",
                table: "Patients",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_Status",
                table: "Patients",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_PhoneCalls_InquiryId",
                table: "PhoneCalls",
                column: "InquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_PhoneCalls_Status_PlannedAt",
                table: "PhoneCalls",
                columns: new[] { "Status", "PlannedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneCalls_TherapistId",
                table: "PhoneCalls",
                column: "TherapistId");

            migrationBuilder.CreateIndex(
                name: "IX_Searches_PatientId_Open",
                table: "Searches",
                column: "PatientId",
                unique: true,
                filter: "\"Status\" IN ('Active', 'Paused', 'Placed')");

            migrationBuilder.CreateIndex(
                name: "IX_Searches_Status_CreatedAt",
                table: "Searches",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEvents_SearchId",
                table: "SearchEvents",
                column: "SearchId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchExclusions_OwnerId",
                table: "SearchExclusions",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchExclusions_TherapistId",
                table: "SearchExclusions",
                column: "TherapistId");

            migrationBuilder.CreateIndex(
                name: "IX_Therapists_City",
                table: "Therapists",
                column: "City");

            migrationBuilder.CreateIndex(
                name: "IX_Therapists_Email",
                table: "Therapists",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Therapists_LastName_FirstName",
                table: "Therapists",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Therapists_NextContactAllowedOn",
                table: "Therapists",
                column: "NextContactAllowedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Therapists_SourceName_SourceId",
                table: "Therapists",
                columns: new[] { "SourceName", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Therapists_Status",
                table: "Therapists",
                column: "Status");

            // PostalCode is a complex property, which EF cannot index from the model; region and
            // prefix filters compare ranges on these columns, so the indexes are created here.
            migrationBuilder.CreateIndex(name: "IX_Therapists_PostalCode", table: "Therapists", column: "PostalCode");
            migrationBuilder.CreateIndex(name: "IX_Patients_PostalCode", table: "Patients", column: "PostalCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "EmailMessages");

            migrationBuilder.DropTable(
                name: "InquiryPatients");

            migrationBuilder.DropTable(
                name: "PatientExclusions");

            migrationBuilder.DropTable(
                name: "PhoneCalls");

            migrationBuilder.DropTable(
                name: "SearchEvents");

            migrationBuilder.DropTable(
                name: "SearchExclusions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Inquiries");

            migrationBuilder.DropTable(
                name: "Searches");

            migrationBuilder.DropTable(
                name: "Therapists");

            migrationBuilder.DropTable(
                name: "Patients");
        }
    }
}
