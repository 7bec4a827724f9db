package be.kompas.people.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.people.UnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class UnitForm {

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[\\p{L}0-9 ._/-]*")
    private String code = "";
    @NotBlank
    @Size(max = 200)
    private String name = "";
    private @Nullable UUID parent;
    @NotNull
    private @Nullable UnitKind kind = UnitKind.TEAM;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable UUID getParent() {
        return parent;
    }

    public void setParent(@Nullable UUID parent) {
        this.parent = parent;
    }

    public @Nullable UnitKind getKind() {
        return kind;
    }

    public void setKind(@Nullable UnitKind kind) {
        this.kind = kind;
    }
}
