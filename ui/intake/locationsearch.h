// The location box: one line searched over the gazetteer as the call-taker types, results
// floating under it (arrows choose, Enter takes the highlighted one, the first by default);
// coordinates read out by the caller are recognised; text matching no place is kept as spoken.
#pragma once

#include "geo/gazetteer.h"

#include <QGeoCoordinate>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;

namespace pela::core {
class GazetteerSearchModel;
}

namespace pela::ui {

class LocationSearch : public QWidget
{
    Q_OBJECT
public:
    // The results float over overlayHost (the form), below the line.
    explicit LocationSearch(QWidget *overlayHost, QWidget *parent = nullptr);

    void setGazetteer(std::shared_ptr<const core::Gazetteer> gazetteer);
    QLineEdit *edit() const { return m_edit; }
    QListView *results() const { return m_results; }
    core::GazetteerSearchModel *model() const { return m_model; }

    enum class Source
    {
        None,      // nothing typed
        FreeText,  // as spoken, no coordinates
        Gazetteer, // a place chosen from the results
        Typed,     // coordinates typed
        Map,       // a point picked on the map
    };
    Source source() const { return m_source; }
    QString text() const;
    const std::optional<core::Place> &place() const { return m_place; }
    QGeoCoordinate coordinate() const { return m_coordinate; }
    // The kelurahan/desa a case here records; empty when not known.
    QString kelurahanCode() const;
    // The point lies outside the area the centre serves (a warning, never a refusal).
    bool isOutsideServiceArea() const;
    // Typed coordinates that cannot be a place on Earth; empty otherwise.
    QString problem() const;

    // A point from the map ("pick on map"); description is kept as the location's text when
    // nothing was typed.
    void setMapPoint(const QGeoCoordinate &coordinate, const QString &description = {});
    void setPlace(const core::Place &place);
    void clear();
    // Makes the floating results follow the line (after the host moved or resized).
    void placeResults();

signals:
    void locationChanged();
    // Enter was pressed with a location: the call-taker moves on.
    void accepted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void pickRow(int row);
    void acceptTyped();
    void showResults(bool show);
    void updateStatus();

    QWidget *m_host;
    QLineEdit *m_edit = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_status = nullptr;
    core::GazetteerSearchModel *m_model = nullptr;
    Source m_source = Source::None;
    std::optional<core::Place> m_place;
    QGeoCoordinate m_coordinate;
    QString m_mapDescription;
};

} // namespace pela::ui
