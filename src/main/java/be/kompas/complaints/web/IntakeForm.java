package be.kompas.complaints.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.complaints.Channel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An item a staff member registers from another channel: the public form's fields plus channel, date and language. */
public class IntakeForm extends PublicComplaintForm {

    @NotNull
    private Channel channel = Channel.LETTER;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate receivedOn;
    @Pattern(regexp = "nl|fr|en")
    private String language = "nl";

    /** Staff record what came in; the warning is for citizens filling in the form themselves. */
    @Override
    public boolean isAnonymityWarningRead() {
        return true;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public @Nullable LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(@Nullable LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
