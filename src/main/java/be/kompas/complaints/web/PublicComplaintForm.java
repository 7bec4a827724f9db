package be.kompas.complaints.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.Contact;
import be.kompas.complaints.NewComplaint;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What a citizen fills in on the public form. */
public class PublicComplaintForm {

    @NotNull
    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    @NotBlank
    @Size(max = 10_000)
    private String description = "";
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate occurredOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private @Nullable LocalTime occurredTime;
    @Size(max = 500)
    private String location = "";
    @Size(max = 500)
    private String involvedStaff = "";
    private boolean anonymous;
    private boolean anonymityUnderstood;
    @Size(max = 200)
    private String name = "";
    @Email
    @Size(max = 200)
    private String email = "";
    @Size(max = 50)
    private String phone = "";
    @Size(max = 500)
    private String address = "";

    /**
     * A complainant who stays anonymous, or leaves no way to reach them, must first have read that anonymity cannot
     * be guaranteed once internal oversight investigates (domain.md 1.4).
     */
    @AssertTrue(message = "{complaints.public.anonymity.required}")
    public boolean isAnonymityWarningRead() {
        return kind != ComplaintKind.COMPLAINT || !(anonymous || contact().isEmpty()) || anonymityUnderstood;
    }

    Contact contact() {
        return anonymous ? Contact.NONE : new Contact(name, email, phone, address);
    }

    NewComplaint toNewComplaint(Channel channel, LocalDate receivedOn, Locale language) {
        return new NewComplaint(kind, channel, receivedOn, description, occurredOn, occurredTime, location,
                involvedStaff, contact(), anonymous, language);
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public @Nullable LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(@Nullable LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public @Nullable LocalTime getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(@Nullable LocalTime occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getInvolvedStaff() {
        return involvedStaff;
    }

    public void setInvolvedStaff(String involvedStaff) {
        this.involvedStaff = involvedStaff;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public boolean isAnonymityUnderstood() {
        return anonymityUnderstood;
    }

    public void setAnonymityUnderstood(boolean anonymityUnderstood) {
        this.anonymityUnderstood = anonymityUnderstood;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
