package be.kompas.complaints.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.complaints.ComplaintAttachment;
import be.kompas.complaints.ComplaintId;
import be.kompas.core.attachments.AttachmentCleaner;
import be.kompas.tenancy.OrganisationId;

/** The cleaned files of complaints, scoped to the organisation like every complaint table. */
@Repository
class ComplaintAttachments {

    private final JdbcClient jdbc;

    ComplaintAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(OrganisationId organisation, ComplaintId complaint) {
        return jdbc.sql("select count(*) from complaint_attachment where organisation_id = :org and complaint_id = :id")
                .param("org", organisation.value()).param("id", complaint.value()).query(Integer.class).single();
    }

    ComplaintAttachment store(OrganisationId organisation, ComplaintId complaint, AttachmentCleaner.Cleaned file) {
        var attachment = new ComplaintAttachment(UUID.randomUUID(),
                "attachment-" + (count(organisation, complaint) + 1) + file.extension(), file.mediaType(),
                file.removedCodes(), file.bytes().length);
        jdbc.sql("""
                insert into complaint_attachment (id, organisation_id, complaint_id, filename, media_type, removed,
                  size_bytes, content)
                values (:id, :org, :complaint, :filename, :type, :removed, :size, :content)""")
                .param("id", attachment.id()).param("org", organisation.value()).param("complaint", complaint.value())
                .param("filename", attachment.filename()).param("type", attachment.mediaType())
                .param("removed", attachment.removed().toArray(String[]::new)).param("size", attachment.size())
                .param("content", file.bytes()).update();
        return attachment;
    }

    List<ComplaintAttachment> list(OrganisationId organisation, ComplaintId complaint) {
        return jdbc.sql("""
                select id, filename, media_type, removed, size_bytes from complaint_attachment
                where organisation_id = :org and complaint_id = :id order by filename""")
                .param("org", organisation.value()).param("id", complaint.value())
                .query((rs, n) -> new ComplaintAttachment(rs.getObject("id", UUID.class), rs.getString("filename"),
                        rs.getString("media_type"), codes(rs.getArray("removed")), rs.getInt("size_bytes")))
                .list();
    }

    Optional<ComplaintAttachment.Content> content(OrganisationId organisation, ComplaintId complaint, UUID id) {
        return jdbc.sql("""
                select filename, media_type, content from complaint_attachment
                where organisation_id = :org and complaint_id = :complaint and id = :id""")
                .param("org", organisation.value()).param("complaint", complaint.value()).param("id", id)
                .query((rs, n) -> new ComplaintAttachment.Content(rs.getString("filename"),
                        rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }

    private static List<String> codes(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
