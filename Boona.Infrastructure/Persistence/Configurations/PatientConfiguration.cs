using Boona.Domain.Patients;
using Boona.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    private const int LongText = 4000;

    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("Patients");
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.Street).HasMaxLength(200);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.ConsentVersion).HasMaxLength(40);
        builder.Property(p => p.PaymentReference).HasMaxLength(100);
        builder.Property(p => p.ReferredBy).HasMaxLength(200);
        builder.MapPostalCode(p => p.PostalCode);
        builder.MapLocation(p => p.Location);
        builder.MapEmail(p => p.Email);
        builder.MapWindows(p => p.AvailableTimes);
        builder.PrimitiveCollection(p => p.Diagnoses).HasField("_diagnoses").ElementType(e => e.HasConversion(ValueObjectConverters.Icd10));
        builder.PrimitiveCollection(p => p.Symptoms).HasField("_symptoms").ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(p => p.PreferredMethods).HasField("_preferredMethods").ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(p => p.RequiredLanguages).HasField("_requiredLanguages");
        builder.ComplexProperty(p => p.Insurance, insurance =>
        {
            insurance.Property(i => i.InsurerName).HasColumnName("InsurerName").HasMaxLength(100);
            insurance.Property(i => i.InsuranceType).HasColumnName("InsuranceType");
            insurance.Property(i => i.InsuranceNumber).HasColumnName("InsuranceNumber").HasMaxLength(40);
            insurance.Property(i => i.GeneralPractitioner).HasColumnName("GeneralPractitioner").HasMaxLength(200);
        });
        builder.ComplexProperty(p => p.History, history =>
        {
            history.Property(h => h.InpatientTreatment).HasMaxLength(LongText);
            history.Property(h => h.CurrentComplaints).HasMaxLength(LongText);
            history.Property(h => h.ComplaintsSince).HasMaxLength(200);
            history.Property(h => h.PriorTreatments).HasMaxLength(LongText);
            history.Property(h => h.PhysicalIllnesses).HasMaxLength(LongText);
            history.Property(h => h.Medication).HasMaxLength(LongText);
            history.Property(h => h.StressFactors).HasMaxLength(LongText);
            history.Property(h => h.SupportSystems).HasMaxLength(LongText);
            history.Property(h => h.ReasonForTherapy).HasMaxLength(LongText);
            history.Property(h => h.Expectations).HasMaxLength(LongText);
            history.Property(h => h.Goals).HasMaxLength(LongText);
        });
        builder.MapExclusions(p => p.Exclusions, "PatientExclusions");
        builder.Navigation(p => p.Exclusions).HasField("_exclusions");
        builder.Ignore(p => p.FullName);
        builder.Ignore(p => p.Reference);

        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => new { p.LastName, p.FirstName });
    }
}
