using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("Patients");
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.FirstName).HasMaxLength(PersonName.MaxLength);
        builder.Property(p => p.LastName).HasMaxLength(PersonName.MaxLength);
        builder.Property(p => p.Street).HasMaxLength(Address.StreetMaxLength);
        builder.Property(p => p.City).HasMaxLength(Address.CityMaxLength);
        builder.Property(p => p.Phone).HasMaxLength(PhoneNumber.MaxLength);
        builder.Property(p => p.ConsentVersion).HasMaxLength(Patient.ConsentVersionMaxLength);
        builder.Property(p => p.PaymentReference).HasMaxLength(PatientBusinessData.PaymentReferenceMaxLength);
        builder.Property(p => p.ReferredBy).HasMaxLength(PatientBusinessData.ReferredByMaxLength);
        builder.MapPostalCode(p => p.PostalCode);
        builder.MapLocation(p => p.Location);
        builder.MapEmail(p => p.Email);
        builder.MapWindows(p => p.AvailableTimes);
        builder.PrimitiveCollection(p => p.Diagnoses).HasField("_diagnoses").ElementType(e => e.HasConversion(ValueObjectConverters.Icd10));
        builder.PrimitiveCollection(p => p.Symptoms).HasField("_symptoms").ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(p => p.PreferredMethods).HasField("_preferredMethods").ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(p => p.RequiredLanguages).HasField("_requiredLanguages");
        builder.Property(p => p.UnmappedLanguages).HasMaxLength(Languages.UnmappedMaxLength);
        builder.ComplexProperty(p => p.Insurance, insurance =>
        {
            insurance.Property(i => i.InsurerName).HasColumnName("InsurerName").HasMaxLength(PatientInsurance.InsurerNameMaxLength);
            insurance.Property(i => i.InsuranceType).HasColumnName("InsuranceType");
            insurance.Property(i => i.InsuranceNumber).HasColumnName("InsuranceNumber").HasMaxLength(PatientInsurance.InsuranceNumberMaxLength);
            insurance.Property(i => i.GeneralPractitioner).HasColumnName("GeneralPractitioner").HasMaxLength(PatientInsurance.GeneralPractitionerMaxLength);
        });
        builder.ComplexProperty(p => p.History, history =>
        {
            history.Property(h => h.InpatientTreatment).HasMaxLength(ClinicalHistory.SectionMaxLength);
            history.Property(h => h.CurrentComplaints).HasMaxLength(ClinicalHistory.SectionMaxLength);
            history.Property(h => h.ComplaintsSince).HasMaxLength(ClinicalHistory.ComplaintsSinceMaxLength);
            history.Property(h => h.PriorTreatments).HasMaxLength(ClinicalHistory.SectionMaxLength);
            history.Property(h => h.PhysicalIllnesses).HasMaxLength(ClinicalHistory.SectionMaxLength);
            history.Property(h => h.Medication).HasMaxLength(ClinicalHistory.SectionMaxLength);
            history.Property(h => h.StressFactors).HasMaxLength(ClinicalHistory.SectionMaxLength);
            history.Property(h => h.SupportSystems).HasMaxLength(ClinicalHistory.SectionMaxLength);
            history.Property(h => h.ReasonForTherapy).HasMaxLength(ClinicalHistory.SectionMaxLength);
            history.Property(h => h.Expectations).HasMaxLength(ClinicalHistory.SectionMaxLength);
            history.Property(h => h.Goals).HasMaxLength(ClinicalHistory.SectionMaxLength);
        });
        builder.MapExclusions(p => p.Exclusions, "PatientExclusions");
        builder.Navigation(p => p.Exclusions).HasField("_exclusions");
        builder.OwnsMany(p => p.LiftedExclusions, lifted =>
        {
            lifted.ToTable("PatientLiftedExclusions");
            lifted.WithOwner().HasForeignKey("OwnerId");
            lifted.Property<int>("Id");
            lifted.HasKey("Id");
            lifted.Property(e => e.Reason).HasMaxLength(Exclusion.ReasonMaxLength);
            lifted.Property(e => e.LiftReason).HasMaxLength(Exclusion.ReasonMaxLength);
            lifted.Property(e => e.LiftedBy).HasMaxLength(ActorName.MaxLength);
        });
        builder.Navigation(p => p.LiftedExclusions).HasField("_liftedExclusions");
        builder.Ignore(p => p.FullName);
        builder.Ignore(p => p.Reference);

        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => new { p.LastName, p.FirstName });
    }
}
