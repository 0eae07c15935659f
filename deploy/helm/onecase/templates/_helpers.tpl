{{/* The release's base name, at most 63 characters. */}}
{{- define "onecase.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Labels every object carries. */}}
{{- define "onecase.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: onecase
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* Selector labels of one service; call with (dict "root" $ "name" $name). */}}
{{- define "onecase.selectorLabels" -}}
app.kubernetes.io/name: onecase-{{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* The Secret holding the services' secrets. */}}
{{- define "onecase.secretName" -}}
{{- if .Values.secret.existingSecret -}}
{{- .Values.secret.existingSecret -}}
{{- else -}}
{{- include "onecase.fullname" . }}-secrets
{{- end -}}
{{- end -}}

{{/* The image of one service; call with (dict "root" $ "name" $name "svc" $svc). */}}
{{- define "onecase.image" -}}
{{- $image := printf "%s%s" .root.Values.image.prefix (default .name .svc.image) -}}
{{- $tag := default .root.Chart.AppVersion .root.Values.image.tag -}}
{{- if .root.Values.image.registry -}}
{{- printf "%s/%s:%s" .root.Values.image.registry $image $tag -}}
{{- else -}}
{{- printf "%s:%s" $image $tag -}}
{{- end -}}
{{- end -}}

{{/* Replicas for a lag-scaled consumer: never more than the topic's partitions. */}}
{{- define "onecase.kedaMax" -}}
{{- min (int .Values.keda.maxReplicas) (int .Values.keda.partitions) -}}
{{- end -}}
