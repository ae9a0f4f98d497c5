// Fixture for the core_layering_check_catches_widgets test: this file must be reported.
#include <QtWidgets/qwidget.h>
