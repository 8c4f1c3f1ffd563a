package org.npmportal.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.npmportal.base.i18n.Language;

/**
 * A region or city of national significance. Reference data from the migrations, named in the
 * portal's three languages because they are shown to every user.
 */
@Entity
@Table(name = "region")
public class Region {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegionKind kind;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "name_ru", nullable = false, length = 100)
    private String nameRu;

    @Column(name = "name_kk", nullable = false, length = 100)
    private String nameKk;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Region() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public RegionKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String name(Locale locale) {
        return switch (Language.of(locale)) {
            case EN -> nameEn;
            case RU -> nameRu;
            case KK -> nameKk;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region region && code.equals(region.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
