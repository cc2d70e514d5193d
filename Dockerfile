FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
# Static files are collected at build time and served by WhiteNoise.
RUN DEBUG=false SECRET_KEY=build-only python manage.py collectstatic --noinput

RUN useradd --system --home /app factdesk && chown -R factdesk /app
USER factdesk
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "3", "factdesk.wsgi:application"]
